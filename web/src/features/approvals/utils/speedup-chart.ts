import type { ApprovalSummary } from "../../../../../src/domain/contracts/approvals.js";
import type { EChartOption } from "../../../components/EChart.js";
import { SLA_COLORS } from "../../../lib/approval-sla.js";

export type BodyFigures = ApprovalSummary["byBody"][number];

/** How many approving bodies the chart shows: the busiest ones (the server lists them busiest first). */
export const CHART_BODIES = 15;

/** The bodies to chart: those with a median, the busiest first, at most CHART_BODIES. */
export function chartedBodies(rows: readonly BodyFigures[]): BodyFigures[] {
  return rows.filter((r) => r.medianSpeedupPct !== null).slice(0, CHART_BODIES);
}

interface ChartText {
  axisName: string;
  targetName: string;
  tooltip: (row: BodyFigures) => string;
}

/**
 * One horizontal bar per approving body, its median speed-up in percent: green at or above the
 * plan's target, red below; a dashed line marks the target. The busiest body is drawn on top.
 */
export function speedupByBodyOption(
  rows: readonly BodyFigures[],
  targetPct: number,
  text: ChartText,
): EChartOption {
  const shown = [...rows].reverse();
  const values = shown.map((r) => Number(r.medianSpeedupPct));
  const min = Math.min(0, ...values.map((v) => Math.floor(v / 10) * 10));
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: unknown) => {
        const index = (p as { dataIndex?: number }).dataIndex ?? 0;
        const row = shown[index];
        return row ? text.tooltip(row) : "";
      },
    },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", name: text.axisName, nameLocation: "middle", nameGap: 28, min, max: 100 },
    yAxis: {
      type: "category",
      data: shown.map((r) => r.body),
      axisLabel: { width: 160, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 18,
        label: { show: true, position: "right", formatter: "{c}%" },
        data: shown.map((r, i) => ({
          value: values[i] ?? 0,
          itemStyle: { color: r.meetsPlan ? SLA_COLORS.green : SLA_COLORS.red },
        })),
      },
      {
        type: "line",
        name: text.targetName,
        data: shown.map(() => targetPct),
        symbol: "none",
        lineStyle: { type: "dashed", color: "#8c8c8c" },
        tooltip: { show: false },
      },
    ],
  };
}
