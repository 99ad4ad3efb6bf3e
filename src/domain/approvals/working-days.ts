import { isIsoDate } from "../dates.js";

/**
 * The working-day calendar (工作日) in which approval time limits are reckoned. Monday to Friday are
 * working days, except the public holidays the State Council lists; a weekend day it names as a
 * make-up working day (调休上班) is a working day.
 *
 * Counting convention, the one used for statutory time limits (自受理之日起 N 个工作日): the day of
 * submission does not count, the day of completion does. An application submitted on a Monday and
 * decided on the Tuesday took one working day; decided on the same Monday, none.
 */

export const CALENDAR_DAY_KINDS = ["holiday", "workday"] as const;
/** "holiday": no work on that day; "workday": a make-up working day on a weekend (调休). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

/** The exceptions to the Monday–Friday week, as sorted day numbers. */
export interface WorkingCalendar {
  /** Holidays falling on a weekday (a holiday on a Saturday changes nothing). */
  readonly weekdayHolidays: readonly number[];
  /** Make-up working days falling on a weekend. */
  readonly weekendWorkdays: readonly number[];
  readonly exceptions: ReadonlySet<number>;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-05, the first Monday after the epoch, as a day number. */
const MONDAY_ZERO = 4;

/** Days since 1970-01-01 of a YYYY-MM-DD date; a RangeError for anything that is not a real date. */
export function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after (or before, when negative) `date`. */
export function addCalendarDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

const mod = (a: number, b: number) => ((a % b) + b) % b;

/** 0 for Monday … 6 for Sunday. */
const weekdayIndex = (day: number) => mod(day - MONDAY_ZERO, 7);

export function isWeekend(date: string): boolean {
  return weekdayIndex(dayNumber(date)) >= 5;
}

/** Builds the calendar from its listed days; days that change nothing (a Saturday holiday) are dropped. */
export function workingCalendar(days: readonly Pick<CalendarDay, "day" | "kind">[]): WorkingCalendar {
  const weekdayHolidays: number[] = [];
  const weekendWorkdays: number[] = [];
  for (const d of days) {
    const n = dayNumber(d.day);
    const weekend = weekdayIndex(n) >= 5;
    if (d.kind === "holiday" && !weekend) weekdayHolidays.push(n);
    if (d.kind === "workday" && weekend) weekendWorkdays.push(n);
  }
  const sorted = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  const holidays = sorted(weekdayHolidays);
  const workdays = sorted(weekendWorkdays);
  return {
    weekdayHolidays: holidays,
    weekendWorkdays: workdays,
    exceptions: new Set([...holidays, ...workdays]),
  };
}

/** The plain Monday–Friday week, with no holidays listed. */
export const PLAIN_WEEK: WorkingCalendar = workingCalendar([]);

function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  const weekday = weekdayIndex(day) < 5;
  return calendar.exceptions.has(day) ? !weekday : weekday;
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return isWorkingDayNumber(calendar, dayNumber(date));
}

/** Weekdays from Monday 1970-01-05 up to `day`, offset so that differences count weekdays in (a, b]. */
function weekdaysThrough(day: number): number {
  const m = day - MONDAY_ZERO;
  return Math.floor(m / 7) * 5 + Math.min(mod(m, 7), 4) + 1;
}

/** How many entries of a sorted list lie in (from, to]. */
function countIn(sorted: readonly number[], from: number, to: number): number {
  const upper = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return upper(to) - upper(from);
}

/**
 * Working days after `from` up to and including `to`: the submission day does not count, the
 * completion day does. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return 0;
  return (
    weekdaysThrough(b) -
    weekdaysThrough(a) -
    countIn(calendar.weekdayHolidays, a, b) +
    countIn(calendar.weekendWorkdays, a, b)
  );
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count of working days: ${n}`);
}

/**
 * The day on which the n-th working day after `date` falls: the last day of a limit of n working
 * days counted from a submission on `date`. For n = 0, `date` itself.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  checkCount(n);
  let day = dayNumber(date);
  for (let left = n; left > 0;) {
    day += 1;
    if (isWorkingDayNumber(calendar, day)) left -= 1;
  }
  return dateOfDay(day);
}

/**
 * The latest working day from which `date` is n working days on (for n ≥ 1): the day to submit on
 * for a decision on `date` after n working days. For n = 0, `date` itself.
 */
export function subtractWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  checkCount(n);
  let day = dayNumber(date);
  if (n === 0) return date;
  let counted = isWorkingDayNumber(calendar, day) ? 1 : 0;
  for (;;) {
    day -= 1;
    const working = isWorkingDayNumber(calendar, day);
    if (working && counted >= n) return dateOfDay(day);
    if (working) counted += 1;
  }
}
