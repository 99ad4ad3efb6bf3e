import { Card, Table, type TableColumnsType } from "antd";
import { useMemo } from "react";
import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { EChart, type EChartOption } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { SERIES_COLORS } from "./chart-colors.js";

type CategoryRow = PlanSummary["planCategories"][number];

/** The plan's 在建 / 新开工 / 储备 split: a pie of project counts and the figures against target. */
export function PlanCategoryPanel({ categories }: { categories: PlanSummary["planCategories"] }) {
  const { t, label } = useI18n();

  const option = useMemo<EChartOption>(() => {
    const tooltips = new Map(
      categories.map((c) => [
        label(c),
        t("planCategory.tooltip", {
          name: label(c),
          projects: c.actualProjects,
          amount: formatFen(c.actualInvestmentFen, "yi"),
        }),
      ]),
    );
    return {
      color: SERIES_COLORS,
      tooltip: { trigger: "item", formatter: (p) => tooltips.get((p as { name: string }).name) ?? "" },
      legend: { bottom: 0, icon: "circle", itemWidth: 10 },
      series: [
        {
          type: "pie",
          radius: ["38%", "60%"],
          center: ["50%", "44%"],
          label: { formatter: "{b}\n{c}", fontSize: 11 },
          data: categories.map((c) => ({ name: label(c), value: c.actualProjects })),
        },
      ],
    };
  }, [categories, t, label]);

  const columns: TableColumnsType<CategoryRow> = [
    { title: t("planCategory.category"), key: "name", render: (_, row) => label(row) },
    {
      title: t("planCategory.projects"),
      key: "projects",
      align: "right",
      render: (_, row) => `${row.actualProjects} / ${row.targetProjects}`,
    },
    {
      title: t("planCategory.investment"),
      key: "investment",
      align: "right",
      render: (_, row) =>
        `${formatFen(row.actualInvestmentFen, "yi", 0)} / ${formatFen(row.targetInvestmentFen, "yi", 0)}`,
    },
  ];

  return (
    <Card size="small" title={t("planCategory.title")}>
      <EChart option={option} height={200} label={t("planCategory.title")} />
      <Table<CategoryRow>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={categories}
        pagination={false}
      />
    </Card>
  );
}
