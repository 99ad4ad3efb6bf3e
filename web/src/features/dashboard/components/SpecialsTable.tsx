import { Card, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, formatFenSigned, signOfFen } from "../../../lib/money-display.js";

type SpecialRow = PlanSummary["specials"][number];

interface SpecialsTableProps {
  specials: PlanSummary["specials"];
  sectorName: (code: string) => string;
}

function DiffText({ fenValue }: { fenValue: string }) {
  const sign = signOfFen(fenValue);
  const type = sign === 0 ? undefined : sign > 0 ? "success" : "danger";
  return <Typography.Text type={type}>{formatFenSigned(fenValue, "yi")}</Typography.Text>;
}

/** All specials with target and actual counts and investment, the difference and whether they agree. */
export function SpecialsTable({ specials, sectorName }: SpecialsTableProps) {
  const { t, label } = useI18n();
  const columns: TableColumnsType<SpecialRow> = [
    { title: t("specials.code"), dataIndex: "code", width: 90 },
    { title: t("specials.name"), key: "name", render: (_, row) => label(row) },
    { title: t("specials.sector"), key: "sector", render: (_, row) => sectorName(row.sectorCode) },
    { title: t("specials.targetProjects"), dataIndex: "targetProjects", align: "right", width: 100 },
    {
      title: t("specials.actualProjects"),
      key: "actualProjects",
      align: "right",
      width: 100,
      render: (_, row) => (
        <Typography.Text type={row.actualProjects === row.targetProjects ? undefined : "danger"}>
          {row.actualProjects}
        </Typography.Text>
      ),
    },
    {
      title: t("specials.targetInvestment"),
      key: "targetInvestment",
      align: "right",
      render: (_, row) => formatFen(row.targetInvestmentFen, "yi"),
    },
    {
      title: t("specials.actualInvestment"),
      key: "actualInvestment",
      align: "right",
      render: (_, row) => formatFen(row.actualInvestmentFen, "yi"),
    },
    {
      title: t("specials.diff"),
      key: "diff",
      align: "right",
      render: (_, row) => <DiffText fenValue={row.investmentDiffFen} />,
    },
    {
      title: t("specials.status"),
      key: "ok",
      align: "center",
      width: 90,
      render: (_, row) =>
        row.ok ? (
          <Tag color="success">{t("common.ok")}</Tag>
        ) : (
          <Tag color="error">{t("common.mismatch")}</Tag>
        ),
    },
  ];

  return (
    <Card size="small" title={t("specials.title")} styles={{ body: { padding: 0 } }}>
      <Table<SpecialRow>
        aria-label={t("specials.title")}
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={specials}
        pagination={false}
      />
    </Card>
  );
}
