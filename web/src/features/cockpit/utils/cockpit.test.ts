import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { monthlySeriesOption, planVsCompletedOption } from "./cockpit-charts.js";
import { displayUnitFor, formatRate, rankGroups, type GroupFigures } from "./cockpit-figures.js";
import { parseCockpitView, ranksGroups, serializeCockpitView } from "./cockpit-view.js";

const figures = (over: Partial<GroupFigures>): GroupFigures => ({
  key: "k",
  zh: "组",
  en: "Group",
  projects: 1,
  plannedFen: "0",
  monthFen: "0",
  yearToDateFen: "0",
  cumulativeFen: "0",
  totalFen: "0",
  completionRate: null,
  startsPlannedYear: 0,
  startsDue: 0,
  started: 0,
  startRate: null,
  reportsDue: 0,
  reported: 0,
  red: 0,
  yellow: 0,
  green: 0,
  ...over,
});

describe("rankGroups", () => {
  it("ranks highest first, shares ranks on ties, and leaves groups with nothing due unranked at the end", () => {
    const ranked = rankGroups(
      [
        figures({ key: "a", completionRate: 40 }),
        figures({ key: "none", completionRate: null }),
        figures({ key: "b", completionRate: 75.5 }),
        figures({ key: "c", completionRate: 40 }),
        figures({ key: "d", completionRate: 0 }),
      ],
      "completionRate",
    );
    expect(ranked.map((r) => [r.group.key, r.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
      ["none", null],
    ]);
  });

  it("ranks by the start rate independently", () => {
    const ranked = rankGroups(
      [
        figures({ key: "a", startRate: 10, completionRate: 90 }),
        figures({ key: "b", startRate: 20, completionRate: 5 }),
      ],
      "startRate",
    );
    expect(ranked.map((r) => r.group.key)).toEqual(["b", "a"]);
  });
});

describe("displayUnitFor", () => {
  it("uses 亿元 from one 亿 up and 万元 below, comparing exact fen", () => {
    expect(displayUnitFor({ plannedFen: "10000000000", yearToDateFen: "0", totalFen: "0" })).toBe("yi");
    expect(displayUnitFor({ plannedFen: "9999999999", yearToDateFen: "1", totalFen: "0" })).toBe("wan");
    expect(displayUnitFor({ plannedFen: "0", yearToDateFen: "0", totalFen: "398300000000000" })).toBe("yi");
  });
});

describe("formatRate", () => {
  it("shows one decimal, and the placeholder when nothing was due", () => {
    expect(formatRate(87.25, "—")).toBe("87.3%");
    expect(formatRate(0, "—")).toBe("0.0%");
    expect(formatRate(null, "—")).toBe("—");
  });
});

describe("the cockpit's address", () => {
  it("reads month and grouping, falling back on bad values, and writes both back", () => {
    const view = parseCockpitView(new URLSearchParams("month=2021-06&groupBy=district"), "2021-09");
    expect(view).toEqual({ month: "2021-06", groupBy: "district" });
    expect(parseCockpitView(new URLSearchParams("month=2021-13&groupBy=owner"), "2021-09")).toEqual({
      month: "2021-09",
      groupBy: "sector",
    });
    expect(serializeCockpitView(view).toString()).toBe("month=2021-06&groupBy=district");
  });

  it("ranks districts and departments only", () => {
    expect(ranksGroups("district")).toBe(true);
    expect(ranksGroups("department")).toBe(true);
    expect(ranksGroups("sector")).toBe(false);
  });
});

describe("chart options", () => {
  const text = {
    groupName: (g: GroupFigures) => g.zh,
    planned: "计划",
    completed: "完成",
    rate: "完成率",
    unitName: "亿元",
  };

  it("puts planned and completed in the display unit, rounded exactly, and the rate on the right axis", () => {
    const option = planVsCompletedOption(
      [figures({ zh: "甲", plannedFen: "12345678901", yearToDateFen: "5000000000", completionRate: 40.5 })],
      "yi",
      text,
    );
    const series = option.series as { type: string; data: unknown[]; yAxisIndex?: number }[];
    expect(series.map((s) => s.data)).toEqual([[1.23], [0.5], [40.5]]);
    expect(series[2]).toMatchObject({ type: "line", yAxisIndex: 1 });
    expect((option.yAxis as { max?: number }[])[1]?.max).toBe(100);
  });

  it("stretches the rate axis when a rate passes 100 %", () => {
    const option = planVsCompletedOption([figures({ completionRate: 123.4 })], "yi", text);
    expect((option.yAxis as { max?: number }[])[1]?.max).toBe(130);
  });

  it("draws one point per month of the series", () => {
    const series: Dashboard["series"] = [
      { ...figures({ monthFen: "1000000", yearToDateFen: "1000000" }), month: "2021-01" },
      { ...figures({ monthFen: "2000000", yearToDateFen: "3000000" }), month: "2021-02" },
    ];
    const option = monthlySeriesOption(series, "wan", {
      month: "当月",
      yearToDate: "累计",
      rate: "率",
      unitName: "万元",
    });
    expect(option.xAxis).toMatchObject({ data: ["2021-01", "2021-02"] });
    expect((option.series as { data: unknown[] }[]).map((s) => s.data)).toEqual([
      [1, 2],
      [1, 3],
      [null, null],
    ]);
  });
});
