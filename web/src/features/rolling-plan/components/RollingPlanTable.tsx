import { Table, Typography, type TableColumnsType } from "antd";
import type { RollingPlan } from "../../../../../src/domain/contracts/rolling-plan.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import type { Grouping } from "../utils/rolling-plan-view.js";

type Row = RollingPlan["rows"][number];

const NAME_HEADER = {
  sector: "rolling.colSector",
  special: "rolling.colSpecial",
  district: "rolling.colDistrict",
} as const;

/** Per group: planned investment per year of the window (亿元), the window's total, projects, and the plan's targets. */
export function RollingPlanTable({
  plan,
  grouping,
  loading,
}: {
  plan: RollingPlan;
  grouping: Grouping;
  loading: boolean;
}) {
  const { t, label } = useI18n();
  const none = t("common.none");
  const withTargets = grouping !== "district";

  const columns: TableColumnsType<Row> = [
    {
      title: t(NAME_HEADER[grouping]),
      key: "name",
      fixed: "left",
      width: grouping === "special" ? 240 : 200,
      render: (_, row) => (grouping === "special" ? `${row.code} ${label(row)}` : label(row)),
    },
    ...plan.years.map((year, index) => ({
      title: t("rolling.colYear", { year }),
      key: `year-${year}`,
      align: "right" as const,
      width: 120,
      render: (_: unknown, row: Row) => formatFen(row.amountsFen[index] ?? "0", "yi"),
    })),
    {
      title: t("rolling.colWindowTotal"),
      key: "total",
      align: "right",
      width: 130,
      render: (_, row) => <Typography.Text strong>{formatFen(row.totalFen, "yi")}</Typography.Text>,
    },
    { title: t("rolling.colProjects"), dataIndex: "projects", key: "projects", align: "right", width: 90 },
    ...(withTargets
      ? [
          {
            title: t("rolling.colTargetProjects"),
            key: "targetProjects",
            align: "right" as const,
            width: 120,
            render: (_: unknown, row: Row) => row.targetProjects ?? none,
          },
          {
            title: t("rolling.colTargetInvestment"),
            key: "targetInvestment",
            align: "right" as const,
            width: 150,
            render: (_: unknown, row: Row) =>
              row.targetInvestmentFen ? formatFen(row.targetInvestmentFen, "yi") : none,
          },
        ]
      : []),
  ];

  const totalProjects = plan.rows.reduce((sum, row) => sum + row.projects, 0);
  return (
    <Table<Row>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={plan.rows}
      loading={loading}
      pagination={false}
      scroll={{ x: "max-content" }}
      summary={() => (
        <Table.Summary>
          <Table.Summary.Row style={{ background: "#fafafa" }}>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t("common.total")}</Typography.Text>
            </Table.Summary.Cell>
            {plan.totals.amountsFen.map((amount, index) => (
              <Table.Summary.Cell key={plan.years[index]} index={index + 1} align="right">
                <Typography.Text strong>{formatFen(amount, "yi")}</Typography.Text>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={plan.years.length + 1} align="right">
              <Typography.Text strong>{formatFen(plan.totals.totalFen, "yi")}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={plan.years.length + 2} align="right">
              <Typography.Text strong>{totalProjects}</Typography.Text>
            </Table.Summary.Cell>
            {withTargets && <Table.Summary.Cell index={plan.years.length + 3} colSpan={2} />}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
