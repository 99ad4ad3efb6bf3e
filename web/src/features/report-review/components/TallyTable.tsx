import { Card, Table, Typography, type TableColumnsType } from "antd";
import type { ReportStatus } from "../../../../../src/domain/contracts/report.js";
import { useI18n } from "../../../lib/i18n/index.js";

type Tally = ReportStatus["totals"];
export type TallyRow = Tally & { key: string; name: string };

const count = (value: number, color?: string) =>
  value === 0 ? (
    <Typography.Text type="secondary">0</Typography.Text>
  ) : (
    <span style={{ color }}>{value}</span>
  );

/** Reporting per district or per lead department, those with reports missing first. */
export function TallyTable({
  title,
  nameHeader,
  rows,
}: {
  title: string;
  nameHeader: string;
  rows: TallyRow[];
}) {
  const { t } = useI18n();
  const sorted = [...rows].sort((a, b) => b.missing - a.missing || b.late - a.late || b.due - a.due);
  const columns: TableColumnsType<TallyRow> = [
    { title: nameHeader, dataIndex: "name", key: "name", fixed: "left", width: 150 },
    { title: t("review.due"), key: "due", align: "right", width: 70, render: (_, r) => r.due },
    {
      title: t("review.onTime"),
      key: "onTime",
      align: "right",
      width: 80,
      render: (_, r) => count(r.onTime),
    },
    {
      title: t("review.late"),
      key: "late",
      align: "right",
      width: 70,
      render: (_, r) => count(r.late, "#d48806"),
    },
    {
      title: t("review.missing"),
      key: "missing",
      align: "right",
      width: 70,
      render: (_, r) => count(r.missing, "#cf1322"),
    },
    {
      title: t("review.awaitingReview"),
      key: "awaiting",
      align: "right",
      width: 80,
      render: (_, r) => count(r.awaitingReview),
    },
  ];
  return (
    <Card size="small" title={title} styles={{ body: { padding: 0 } }}>
      <Table<TallyRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={sorted}
        pagination={{ pageSize: 15, size: "small", hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("review.nothingDue") }}
      />
    </Card>
  );
}
