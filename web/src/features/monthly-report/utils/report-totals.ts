import type { Report } from "../../../../../src/domain/contracts/report.js";
import type { Fen } from "../../../../../src/domain/money.js";
import { parseFen } from "../../../lib/money-display.js";

type ReportAmount = Pick<Report, "month" | "current" | "investedFen">;

export interface ReportTotalsInput {
  /** The month being reported, YYYY-MM. */
  month: string;
  /** The amount typed for the month, or null while it is empty or invalid (counts as nothing). */
  monthFen: Fen | null;
  /** The project's reports, every version. */
  reports: readonly ReportAmount[];
  /** The project's completed investment: its opening balance plus every current report. */
  completedFen: string;
  totalFen: string;
}

export interface ReportTotals {
  /** The month's current report, which this one would replace as a correction; null for a first report. */
  replacedFen: Fen | null;
  /** Current reports of the year before the month, plus the month. */
  yearToDateFen: Fen;
  /** The project's completed investment once this report replaces the month's current one. */
  cumulativeFen: Fen;
  /** How far the cumulative amount would pass the total investment, or null when it stays within. */
  overTotalFen: Fen | null;
}

/** What the form shows live beside the month's amount, in exact fen. */
export function reportTotals(input: ReportTotalsInput): ReportTotals {
  const monthFen = input.monthFen ?? 0n;
  const year = input.month.slice(0, 4);
  let earlierThisYear = 0n;
  let replaced: bigint | null = null;
  for (const report of input.reports) {
    if (!report.current) continue;
    if (report.month === input.month) replaced = parseFen(report.investedFen);
    else if (report.month.startsWith(year) && report.month < input.month)
      earlierThisYear += parseFen(report.investedFen);
  }
  const cumulative = parseFen(input.completedFen) - (replaced ?? 0n) + monthFen;
  const over = cumulative - parseFen(input.totalFen);
  return {
    replacedFen: replaced as Fen | null,
    yearToDateFen: (earlierThisYear + monthFen) as Fen,
    cumulativeFen: cumulative as Fen,
    overTotalFen: over > 0n ? (over as Fen) : null,
  };
}
