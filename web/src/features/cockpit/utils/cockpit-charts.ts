import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import type { EChartOption } from "../../../components/EChart.js";
import { fenToChartNumber, type DisplayUnit } from "../../../lib/money-display.js";
import type { GroupFigures } from "./cockpit-figures.js";

export const PLANNED_COLOR = "#b7c7e0";
export const COMPLETED_COLOR = "#1f5fbf";
export const RATE_COLOR = "#e6a23c";
export const LEVEL_COLORS = { red: "#d4564e", yellow: "#e6a23c", green: "#36a18b" } as const;

const categoryAxis = (names: string[]) => {
  const many = names.length > 8;
  return {
    type: "category" as const,
    data: names,
    axisLabel: { interval: 0, rotate: many ? 45 : 0, width: many ? 90 : 110, overflow: "truncate" as const },
  };
};

/** The right-hand percentage axis: 0–100 %, stretched when a rate runs past the plan. */
function rateAxis(name: string, rates: (number | null)[]) {
  const top = Math.max(100, ...rates.map((r) => r ?? 0));
  return {
    type: "value" as const,
    name,
    min: 0,
    max: Math.ceil(top / 10) * 10,
    axisLabel: { formatter: "{value}%" },
    splitLine: { show: false },
  };
}

interface PlanVsCompletedText {
  groupName: (group: GroupFigures) => string;
  planned: string;
  completed: string;
  rate: string;
  unitName: string;
}

/** Per group: the year's planned investment next to what was completed by the month, and the completion rate. */
export function planVsCompletedOption(
  groups: readonly GroupFigures[],
  unit: DisplayUnit,
  text: PlanVsCompletedText,
): EChartOption {
  const rates = groups.map((g) => g.completionRate);
  return {
    color: [PLANNED_COLOR, COMPLETED_COLOR, RATE_COLOR],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: categoryAxis(groups.map(text.groupName)),
    yAxis: [{ type: "value", name: text.unitName }, rateAxis(text.rate, rates)],
    series: [
      {
        type: "bar",
        name: text.planned,
        barMaxWidth: 22,
        data: groups.map((g) => fenToChartNumber(g.plannedFen, unit)),
      },
      {
        type: "bar",
        name: text.completed,
        barMaxWidth: 22,
        data: groups.map((g) => fenToChartNumber(g.yearToDateFen, unit)),
      },
      { type: "line", name: text.rate, yAxisIndex: 1, symbolSize: 6, connectNulls: false, data: rates },
    ],
  };
}

interface SeriesText {
  month: string;
  yearToDate: string;
  rate: string;
  unitName: string;
}

/** The year's months up to the one shown: invested each month, the running total, and the completion rate. */
export function monthlySeriesOption(
  series: Dashboard["series"],
  unit: DisplayUnit,
  text: SeriesText,
): EChartOption {
  return {
    color: [COMPLETED_COLOR, "#36a18b", RATE_COLOR],
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: series.map((s) => s.month), boundaryGap: false },
    yAxis: [
      { type: "value", name: text.unitName },
      rateAxis(
        text.rate,
        series.map((s) => s.completionRate),
      ),
    ],
    series: [
      {
        type: "line",
        name: text.month,
        symbolSize: 6,
        data: series.map((s) => fenToChartNumber(s.monthFen, unit)),
      },
      {
        type: "line",
        name: text.yearToDate,
        symbolSize: 6,
        areaStyle: { opacity: 0.08 },
        data: series.map((s) => fenToChartNumber(s.yearToDateFen, unit)),
      },
      {
        type: "line",
        name: text.rate,
        yAxisIndex: 1,
        symbolSize: 4,
        lineStyle: { type: "dashed" },
        data: series.map((s) => s.completionRate),
      },
    ],
  };
}

interface WarningsText {
  groupName: (group: GroupFigures) => string;
  levelName: (level: "red" | "yellow" | "green") => string;
  axisName: string;
}

/** Per group, its projects stacked red, yellow and green. */
export function warningsByGroupOption(groups: readonly GroupFigures[], text: WarningsText): EChartOption {
  const levels = ["red", "yellow", "green"] as const;
  return {
    color: levels.map((level) => LEVEL_COLORS[level]),
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: categoryAxis(groups.map(text.groupName)),
    yAxis: { type: "value", name: text.axisName, minInterval: 1 },
    series: levels.map((level) => ({
      type: "bar" as const,
      name: text.levelName(level),
      stack: "levels",
      barMaxWidth: 28,
      data: groups.map((g) => g[level]),
    })),
  };
}
