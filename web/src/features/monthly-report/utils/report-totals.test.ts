import { describe, expect, it } from "vitest";
import { fen } from "../../../../../src/domain/money.js";
import { reportTotals } from "./report-totals.js";

const WAN = 1_000_000n;
const report = (month: string, investedWan: bigint, current = true) => ({
  month,
  current,
  investedFen: (investedWan * WAN).toString(),
});

// Opening 1000 万元 plus the current reports below (100 + 50 + 30 + 20) = 1200 万元 completed.
const reports = [
  report("2020-12", 100n),
  report("2021-04", 50n),
  report("2021-05", 30n),
  report("2021-05", 25n, false),
  report("2021-06", 20n),
];
const base = { reports, completedFen: (1200n * WAN).toString(), totalFen: (5000n * WAN).toString() };

describe("reportTotals", () => {
  it("adds the month to the year's earlier current reports and to the completed investment", () => {
    const totals = reportTotals({ ...base, month: "2021-07", monthFen: fen(15n * WAN) });
    expect(totals.replacedFen).toBeNull();
    expect(totals.yearToDateFen).toBe((50n + 30n + 20n + 15n) * WAN);
    expect(totals.cumulativeFen).toBe((1200n + 15n) * WAN);
    expect(totals.overTotalFen).toBeNull();
  });

  it("replaces the month's current version in a correction, ignoring old versions and later months", () => {
    const totals = reportTotals({ ...base, month: "2021-05", monthFen: fen(40n * WAN) });
    expect(totals.replacedFen).toBe(30n * WAN);
    expect(totals.yearToDateFen).toBe((50n + 40n) * WAN);
    expect(totals.cumulativeFen).toBe((1200n - 30n + 40n) * WAN);
  });

  it("counts an empty amount as nothing and keeps single fen exact", () => {
    expect(reportTotals({ ...base, month: "2021-07", monthFen: null }).cumulativeFen).toBe(1200n * WAN);
    const odd = reportTotals({ ...base, month: "2021-07", monthFen: fen(1n) });
    expect(odd.cumulativeFen).toBe(1200n * WAN + 1n);
    expect(odd.yearToDateFen).toBe(100n * WAN + 1n);
  });

  it("says by how much the cumulative amount would pass the total", () => {
    const totals = reportTotals({ ...base, month: "2021-07", monthFen: fen(3801n * WAN) });
    expect(totals.overTotalFen).toBe(1n * WAN);
  });

  it("starts the year afresh in January", () => {
    expect(reportTotals({ ...base, month: "2021-01", monthFen: fen(5n * WAN) }).yearToDateFen).toBe(5n * WAN);
  });
});
