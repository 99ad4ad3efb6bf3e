/** Year-to-date and cumulative investment are derived from monthly amounts, never typed twice. */
export interface MonthlyAmount {
  month: string; // YYYY-MM
  investedFen: bigint;
}

/** Adds the running cumulative total (opening balance + months so far) to months sorted by month. */
export function cumulativeSeries<T extends MonthlyAmount>(
  openingFen: bigint,
  months: readonly T[],
): (T & { cumulativeFen: bigint; yearToDateFen: bigint })[] {
  let cumulative = openingFen;
  let year = "";
  let ytd = 0n;
  return months.map((m) => {
    cumulative += m.investedFen;
    if (m.month.slice(0, 4) !== year) {
      year = m.month.slice(0, 4);
      ytd = 0n;
    }
    ytd += m.investedFen;
    return { ...m, cumulativeFen: cumulative, yearToDateFen: ytd };
  });
}
