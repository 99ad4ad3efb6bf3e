import { Card, Table, Typography, type TableColumnsType } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, signOfFen } from "../../../lib/money-display.js";
import { fundingRows, type FundingRow } from "../utils/funding-rows.js";

/** Planned against secured money per funding source, with the gap still to be found. */
export function FundingTable({ funding }: { funding: ProjectDetail["funding"] }) {
  const { t, term } = useI18n();
  const columns: TableColumnsType<FundingRow> = [
    {
      title: t("detail.fundingSource"),
      key: "source",
      render: (_, row) => (row.isTotal ? <strong>{t("common.total")}</strong> : term(row.source)),
    },
    {
      title: t("detail.fundingPlanned"),
      key: "planned",
      align: "right",
      render: (_, row) => formatFen(row.plannedFen, "wan"),
    },
    {
      title: t("detail.fundingSecured"),
      key: "secured",
      align: "right",
      render: (_, row) => formatFen(row.securedFen, "wan"),
    },
    {
      title: t("detail.fundingGap"),
      key: "gap",
      align: "right",
      render: (_, row) =>
        signOfFen(row.gapFen) > 0 ? (
          <Typography.Text type="danger">{formatFen(row.gapFen, "wan")}</Typography.Text>
        ) : (
          formatFen(row.gapFen, "wan")
        ),
    },
  ];
  return (
    <Card size="small" title={t("detail.funding")} styles={{ body: { padding: 0 } }}>
      <Table<FundingRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={fundingRows(funding)}
        pagination={false}
        locale={{ emptyText: t("detail.fundingEmpty") }}
        rowClassName={(row) => (row.isTotal ? "row-total" : "")}
      />
    </Card>
  );
}
