/** A month as one integer, year · 12 + (month − 1), so that month arithmetic is plain addition. */
export type MonthIndex = number;

/** A calendar day kept as its month and day of month (days 1–28 keep every month valid). */
export interface DayDate {
  month: MonthIndex;
  day: number;
}

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

export function monthOfYear(month: MonthIndex): number {
  return (month % 12) + 1;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** YYYY-MM. */
export function formatMonth(month: MonthIndex): string {
  return `${pad(yearOf(month), 4)}-${pad(monthOfYear(month), 2)}`;
}

/** YYYY-MM-DD. */
export function formatDay(date: DayDate): string {
  return `${formatMonth(date.month)}-${pad(date.day, 2)}`;
}

/** Parses YYYY-MM-DD. */
export function parseDay(text: string): DayDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  return { month: monthIndex(Number(m[1]), Number(m[2])), day: Number(m[3]) };
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDays(a: DayDate, b: DayDate): number {
  return a.month === b.month ? a.day - b.day : a.month - b.month;
}

/** Months from `from` to `to` inclusive of both ends; empty when `to` is before `from`. */
export function monthsBetween(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const months: MonthIndex[] = [];
  for (let m = from; m <= to; m++) months.push(m);
  return months;
}
