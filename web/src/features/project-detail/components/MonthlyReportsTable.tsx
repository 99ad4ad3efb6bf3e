import { WarningFilled } from "@ant-design/icons";
import { Card, Progress, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";

type Report = ProjectDetail["progress"][number];

/** The monthly reports, newest first; months that reported a problem are highlighted. */
export function MonthlyReportsTable({ progress }: { progress: ProjectDetail["progress"] }) {
  const { t } = useI18n();
  const rows = [...progress].sort((a, b) => b.month.localeCompare(a.month));
  const problemMonths = rows.filter((r) => r.problems).length;

  const columns: TableColumnsType<Report> = [
    { title: t("detail.month"), dataIndex: "month", key: "month", width: 90 },
    {
      title: t("detail.invested"),
      key: "invested",
      align: "right",
      width: 130,
      render: (_, row) => formatFen(row.investedFen, "wan"),
    },
    {
      title: t("detail.cumulativeShort"),
      key: "cumulative",
      align: "right",
      width: 140,
      render: (_, row) => formatFen(row.cumulativeFen, "wan"),
    },
    {
      title: t("detail.progressPct"),
      key: "pct",
      width: 150,
      render: (_, row) => <Progress percent={row.progressPct} size="small" />,
    },
    { title: t("detail.progressText"), dataIndex: "progressText", key: "text" },
    {
      title: t("detail.problems"),
      key: "problems",
      render: (_, row) =>
        row.problems ? (
          <Typography.Text type="danger">
            <WarningFilled /> {row.problems}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t("detail.reports")}
      extra={problemMonths > 0 && <Tag color="error">{t("detail.problemCount", { n: problemMonths })}</Tag>}
      styles={{ body: { padding: 0 } }}
    >
      <Table<Report>
        size="small"
        rowKey="month"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 12, size: "small", hideOnSinglePage: true }}
        rowClassName={(row) => (row.problems ? "row-problem" : "")}
        locale={{ emptyText: t("detail.noReports") }}
      />
    </Card>
  );
}
