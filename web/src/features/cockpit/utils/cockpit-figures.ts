import type { Dashboard, DashboardFigures } from "../../../../../src/domain/contracts/dashboard.js";
import { FEN_PER_YI } from "../../../../../src/domain/money.js";
import type { DisplayUnit } from "../../../lib/money-display.js";
import { parseFen } from "../../../lib/money-display.js";

export type GroupFigures = Dashboard["groups"][number];
export type RateKey = "completionRate" | "startRate";

/**
 * 亿元 when the scope's annual plan or completed investment reaches one 亿, 万元 otherwise: a single
 * owner's few projects would read as 0.00 亿元.
 */
export function displayUnitFor(
  totals: Pick<DashboardFigures, "plannedFen" | "yearToDateFen" | "totalFen">,
): DisplayUnit {
  const largest = [totals.plannedFen, totals.yearToDateFen, totals.totalFen]
    .map(parseFen)
    .reduce((a, b) => (a > b ? a : b), 0n);
  return largest >= FEN_PER_YI ? "yi" : "wan";
}

export interface RankedGroup {
  rank: number | null;
  group: GroupFigures;
  rate: number | null;
}

/**
 * Groups ranked by a rate, highest first; equal rates share a rank; groups with nothing due (a null
 * rate) come last, unranked. Ties keep the server's order.
 */
export function rankGroups(groups: readonly GroupFigures[], key: RateKey): RankedGroup[] {
  const rated = groups.filter((g) => g[key] !== null).sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0));
  const ranked: RankedGroup[] = [];
  rated.forEach((group, index) => {
    const previous = ranked[index - 1];
    const rate = group[key];
    ranked.push({ group, rate, rank: previous && previous.rate === rate ? previous.rank : index + 1 });
  });
  for (const group of groups) if (group[key] === null) ranked.push({ group, rate: null, rank: null });
  return ranked;
}

/** A percentage to one decimal, or the placeholder when nothing was due. */
export function formatRate(rate: number | null, none: string): string {
  return rate === null ? none : `${rate.toFixed(1)}%`;
}
