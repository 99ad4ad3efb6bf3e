import { describe, expect, it } from "vitest";
import type { Warnings } from "../../../../../src/domain/contracts/warnings.js";
import { rollupRows, warningRollupOption } from "./warning-chart.js";

const warnings: Warnings = {
  month: "2021-06",
  summary: { red: 3, yellow: 2, green: 5 },
  projects: [],
  more: false,
  bySpecial: [{ code: "NET-1", red: 3, yellow: 0, green: 1 }],
  bySector: [
    { code: "NET", red: 2, yellow: 1, green: 4 },
    { code: "CMP", red: 1, yellow: 1, green: 1 },
  ],
  byDistrict: [],
};

describe("warningRollupOption", () => {
  it("stacks red, yellow and green per group in the server's order", () => {
    const option = warningRollupOption(rollupRows(warnings, "sector"), {
      groupName: (code) => `name of ${code}`,
      levelName: (level) => level.toUpperCase(),
      axisName: "projects",
    });
    expect(option.xAxis).toMatchObject({ data: ["name of NET", "name of CMP"] });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ["RED", "levels", [2, 1]],
      ["YELLOW", "levels", [1, 1]],
      ["GREEN", "levels", [4, 1]],
    ]);
  });

  it("picks the roll-up asked for", () => {
    expect(rollupRows(warnings, "special").map((r) => r.code)).toEqual(["NET-1"]);
    expect(rollupRows(warnings, "district")).toEqual([]);
  });
});
