import { describe, expect, it } from "vitest";
import { cumulativeSeries } from "./progress.js";

describe("cumulativeSeries", () => {
  it("derives year-to-date and cumulative from monthly amounts and the opening balance", () => {
    const series = cumulativeSeries(1000n, [
      { month: "2020-11", investedFen: 10n },
      { month: "2020-12", investedFen: 20n },
      { month: "2021-01", investedFen: 5n },
    ]);
    expect(series.map((s) => [s.yearToDateFen, s.cumulativeFen])).toEqual([
      [10n, 1010n],
      [30n, 1030n],
      [5n, 1035n],
    ]);
  });
});
