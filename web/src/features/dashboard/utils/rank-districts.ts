import type { PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";

export type DistrictRow = PlanSummary["districts"][number];

/** Districts by total investment, largest first, compared exactly in fen; ties by code. */
export function rankDistrictsByInvestment(districts: readonly DistrictRow[]): DistrictRow[] {
  return [...districts].sort((a, b) => {
    const diff = BigInt(b.investmentFen) - BigInt(a.investmentFen);
    if (diff !== 0n) return diff > 0n ? 1 : -1;
    return a.code.localeCompare(b.code);
  });
}

/** The regions in first-seen order, so chart colours stay stable between renders. */
export function regionsOf(districts: readonly DistrictRow[]): string[] {
  return [...new Set(districts.map((d) => d.region))];
}
