import { describe, expect, it } from "vitest";
import { chartedBodies, CHART_BODIES, speedupByBodyOption, type BodyFigures } from "./speedup-chart.js";

const body = (name: string, median: string | null, completed = 5): BodyFigures => ({
  body: name,
  completed,
  withinTarget: completed - 1,
  withinTargetPct: "80.0",
  medianSpeedupPct: median,
  meetsPlan: median === null ? null : Number(median) >= 50,
});

describe("the speed-up chart by approving body", () => {
  it("charts the busiest bodies with a median, at most fifteen", () => {
    const rows = [
      body("甲", "60.0", 9),
      body("乙", null, 8),
      ...Array.from({ length: 20 }, (_, i) => body(`部门${i}`, "55.0", 3)),
    ];
    const charted = chartedBodies(rows);
    expect(charted).toHaveLength(CHART_BODIES);
    expect(charted[0]?.body).toBe("甲");
    expect(charted.some((r) => r.body === "乙")).toBe(false);
  });

  it("draws the busiest on top, green at or above the target and red below, with the target line", () => {
    const option = speedupByBodyOption([body("市发展改革委", "70.0"), body("渝北区发展改革委", "42.5")], 50, {
      axisName: "%",
      targetName: "目标",
      tooltip: (r) => r.body,
    });
    expect(option.yAxis).toMatchObject({ data: ["渝北区发展改革委", "市发展改革委"] });
    const [bars, line] = option.series as [
      { data: { value: number; itemStyle: { color: string } }[] },
      { data: number[]; name: string },
    ];
    expect(bars.data.map((d) => d.value)).toEqual([42.5, 70]);
    expect(bars.data[0]?.itemStyle.color).not.toBe(bars.data[1]?.itemStyle.color);
    expect(line).toMatchObject({ name: "目标", data: [50, 50] });
    expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it("extends the axis below zero when a body is slower than the law", () => {
    const option = speedupByBodyOption([body("某局", "-12.5")], 50, {
      axisName: "%",
      targetName: "目标",
      tooltip: (r) => r.body,
    });
    expect(option.xAxis).toMatchObject({ min: -20 });
  });
});
