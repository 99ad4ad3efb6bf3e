import { todayInShanghai } from "./business-date.js";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a YYYY-MM month. */
export function isMonth(value: string | null | undefined): value is string {
  return typeof value === "string" && MONTH.test(value);
}

/** The month `n` months after (or before, when negative) a YYYY-MM month. */
export function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** This month in Asia/Shanghai, YYYY-MM. */
export function currentMonthInShanghai(now: Date = new Date()): string {
  return todayInShanghai(now).slice(0, 7);
}

/**
 * The month being dispatched: last month in Asia/Shanghai, which owners report early in this one.
 * At 23:30 UTC on 30 June it is already 1 July in Chongqing, so the month is June.
 */
export function lastMonthInShanghai(now: Date = new Date()): string {
  return shiftMonth(currentMonthInShanghai(now), -1);
}

/** Whole calendar days from one YYYY-MM-DD day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
