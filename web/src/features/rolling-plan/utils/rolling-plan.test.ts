import { describe, expect, it } from "vitest";
import type { RollingPlan } from "../../../../../src/domain/contracts/rolling-plan.js";
import { rollingPlanChartOption } from "./rolling-plan-chart.js";
import { parseRollingPlanView, serializeRollingPlanView, windowStartOptions } from "./rolling-plan-view.js";

const plan: RollingPlan = {
  years: [2021, 2022, 2023],
  rows: [
    {
      code: "NET",
      zh: "新型网络基础设施",
      en: "New network infrastructure",
      amountsFen: ["1545600000000", "1150049000000", "0"],
      totalFen: "2695649000000",
      projects: 15,
      targetProjects: 14,
      targetInvestmentFen: "6200000000000",
    },
  ],
  totals: { amountsFen: ["1545600000000", "1150049000000", "0"], totalFen: "2695649000000" },
};

describe("rolling plan view", () => {
  it("reads the window and grouping from the URL with defaults", () => {
    expect(parseRollingPlanView(new URLSearchParams("from=2021&groupBy=district"), 2020)).toEqual({
      from: 2021,
      years: 3,
      groupBy: "district",
    });
    expect(parseRollingPlanView(new URLSearchParams("from=abc&groupBy=x"), 2020)).toEqual({
      from: 2020,
      years: 3,
      groupBy: "sector",
    });
  });

  it("keeps defaults out of the URL", () => {
    expect(serializeRollingPlanView({ from: 2020, years: 3, groupBy: "sector" }, 2020).toString()).toBe("");
    expect(serializeRollingPlanView({ from: 2021, years: 3, groupBy: "special" }, 2020).toString()).toBe(
      "from=2021&groupBy=special",
    );
  });

  it("offers start years around the plan period", () => {
    expect(windowStartOptions(2020, 2022)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe("rollingPlanChartOption", () => {
  it("stacks one series per year, in 亿元", () => {
    const option = rollingPlanChartOption(plan, {
      rowName: (row) => row.zh,
      yearName: (year) => `${year}年`,
      axisName: "亿元",
    });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(["2021年", "2022年", "2023年"]);
    expect(series.every((s) => s.stack === "years")).toBe(true);
    expect(series[0]!.data).toEqual([154.56]);
    expect(series[1]!.data).toEqual([115]);
  });
});
