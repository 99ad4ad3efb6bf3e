import type { RollingPlan } from "../../../../../src/domain/contracts/rolling-plan.js";
import type { EChartOption } from "../../../components/EChart.js";
import { fenToChartNumber } from "../../../lib/money-display.js";

interface ChartText {
  /** The name of a row (sector, special or district) in the interface language. */
  rowName: (row: RollingPlan["rows"][number]) => string;
  yearName: (year: number) => string;
  axisName: string;
}

/** A bar per row stacked by year, amounts in 亿元 (rounded exactly before becoming chart numbers). */
export function rollingPlanChartOption(plan: RollingPlan, text: ChartText): EChartOption {
  const names = plan.rows.map(text.rowName);
  const many = plan.rows.length > 10;
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: many ? 96 : 48 },
    xAxis: {
      type: "category",
      data: names,
      axisLabel: { interval: 0, rotate: many ? 45 : 0, width: many ? 96 : 120, overflow: "truncate" },
    },
    yAxis: { type: "value", name: text.axisName },
    series: plan.years.map((year, index) => ({
      type: "bar",
      name: text.yearName(year),
      stack: "years",
      emphasis: { focus: "series" },
      data: plan.rows.map((row) => fenToChartNumber(row.amountsFen[index] ?? "0", "yi")),
    })),
  };
}
