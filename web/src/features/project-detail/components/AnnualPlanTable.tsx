import { Card, Table, type TableColumnsType } from "antd";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";

type AnnualPlan = ProjectDetail["annualPlans"][number];

/** The rolling plan's investment per year. */
export function AnnualPlanTable({ plans }: { plans: ProjectDetail["annualPlans"] }) {
  const { t } = useI18n();
  const columns: TableColumnsType<AnnualPlan> = [
    { title: t("detail.year"), dataIndex: "year", key: "year" },
    {
      title: t("detail.yearPlanned"),
      key: "planned",
      align: "right",
      render: (_, row) => formatFen(row.plannedFen, "wan"),
    },
  ];
  return (
    <Card size="small" title={t("detail.annualPlans")} styles={{ body: { padding: 0 } }}>
      <Table<AnnualPlan>
        size="small"
        rowKey="year"
        columns={columns}
        dataSource={[...plans].sort((a, b) => a.year - b.year)}
        pagination={false}
        locale={{ emptyText: t("detail.annualEmpty") }}
      />
    </Card>
  );
}
