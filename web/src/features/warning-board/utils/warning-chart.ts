import type { Warnings } from "../../../../../src/domain/contracts/warnings.js";
import type { EChartOption } from "../../../components/EChart.js";

export type WarningLevel = "red" | "yellow" | "green";
export const WARNING_LEVELS: readonly WarningLevel[] = ["red", "yellow", "green"];
export const LEVEL_COLORS: Record<WarningLevel, string> = {
  red: "#d4564e",
  yellow: "#e6a23c",
  green: "#36a18b",
};

export type RollupRow = Warnings["bySector"][number];
export type Rollup = "special" | "sector" | "district";

/** The roll-up rows of one grouping, as the server sorted them (most red first). */
export function rollupRows(warnings: Warnings, rollup: Rollup): RollupRow[] {
  switch (rollup) {
    case "special":
      return warnings.bySpecial;
    case "sector":
      return warnings.bySector;
    case "district":
      return warnings.byDistrict;
  }
}

interface ChartText {
  groupName: (code: string) => string;
  levelName: (level: WarningLevel) => string;
  axisName: string;
}

/** One bar per group, stacked red, yellow, green, counting projects. */
export function warningRollupOption(rows: readonly RollupRow[], text: ChartText): EChartOption {
  const many = rows.length > 8;
  return {
    color: WARNING_LEVELS.map((level) => LEVEL_COLORS[level]),
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: {
      type: "category",
      data: rows.map((row) => text.groupName(row.code)),
      axisLabel: { interval: 0, rotate: many ? 45 : 0, width: many ? 90 : 110, overflow: "truncate" },
    },
    yAxis: { type: "value", name: text.axisName, minInterval: 1 },
    series: WARNING_LEVELS.map((level) => ({
      type: "bar",
      name: text.levelName(level),
      stack: "levels",
      barMaxWidth: 28,
      emphasis: { focus: "series" },
      data: rows.map((row) => row[level]),
    })),
  };
}
