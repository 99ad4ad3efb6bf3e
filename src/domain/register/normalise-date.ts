import { businessDate, isIsoDate } from "../dates.js";
import { displayText, fail, isBlank, ok, toHalfWidth, type Parsed, type RawCell } from "./normalise.js";

/**
 * What a month without a day ("2021年3月", "2021-03") means: the first or last day of that month, or
 * not enough (actual dates happened on a day).
 */
export type MonthOnly = "first" | "last" | "reject";

export interface DateReadOptions {
  monthOnly: MonthOnly;
  /** Serials counted from 1904-01-01 (a workbook saved with the Mac 1904 date system). */
  date1904?: boolean;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel knows. */
const MAX_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function utcIso(ms: number): string {
  const date = new Date(ms);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The calendar date of an Excel serial (the time of day is dropped). In the 1900 system Excel counts
 * 1900-02-29, which never existed, as serial 60: serials below it are one day later than the plain
 * count from 1899-12-30, and 60 itself is no date (null).
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (date1904) return utcIso(EPOCH_1904 + day * MS_PER_DAY);
  if (day === 60) return null;
  return utcIso(EPOCH_1900 + (day < 60 ? day + 1 : day) * MS_PER_DAY);
}

/** The 1900-system serial of a calendar date (the inverse of `excelSerialToIsoDate`). */
export function isoDateToExcelSerial(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/**
 * The calendar date a Date read from a workbook stands for. exceljs turns a serial into the instant
 * whose UTC wall clock equals the serial's (2021-03-01 → 2021-03-01T00:00Z; with a time, 18:00 →
 * T18:00Z). A workbook has no time zone: the serial is the Asia/Shanghai wall clock the official
 * typed, so the date is the UTC date of that instant. Converting the instant to Shanghai time instead
 * would move any time after 16:00 to the next day.
 */
export function workbookDateToIsoDate(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : utcIso(date.getTime());
}

const FULL_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const MONTH = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月份?)$/;

function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function checked(y: number, m: number, d: number, shown: string): Parsed<string> {
  const iso = isoOf(y, m, d);
  return isIsoDate(iso) ? ok(iso) : fail(`日期“${shown}”不存在`, `"${shown}" is not a calendar date`);
}

const unrecognised = (shown: string): Parsed<string> =>
  fail(`无法识别的日期“${shown}”，请写作 2021-03-01`, `unrecognised date "${shown}"; write it as 2021-03-01`);

function parseDateText(text: string, shown: string, options: DateReadOptions): Parsed<string> {
  const t = toHalfWidth(text).replace(/\s+/g, " ").trim();
  if (INSTANT.test(t)) return ok(businessDate(new Date(t)));
  const full = FULL_DATE.exec(t) ?? CHINESE_DATE.exec(t.replace(/\s/g, ""));
  if (full) {
    const parts = full[0].includes("年") ? [full[1], full[2], full[3]] : [full[1], full[3], full[4]];
    const [y, m, d] = parts.map(Number) as [number, number, number];
    return checked(y, m, d, shown);
  }
  const compact = COMPACT_DATE.exec(t);
  if (compact) return checked(Number(compact[1]), Number(compact[2]), Number(compact[3]), shown);
  const month = MONTH.exec(t.replace(/\s/g, ""));
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2] ?? month[3])];
    if (m < 1 || m > 12) return fail(`日期“${shown}”不存在`, `"${shown}" is not a calendar date`);
    if (options.monthOnly === "reject")
      return fail(`日期“${shown}”须精确到日`, `date "${shown}" needs a day, not only a month`);
    return ok(isoOf(y, m, options.monthOnly === "first" ? 1 : lastDayOf(y, m)));
  }
  return unrecognised(shown);
}

function parseDateNumber(n: number, shown: string, options: DateReadOptions): Parsed<string> {
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231)
    return parseDateText(String(n), shown, options);
  if (n >= 1900 && n < 2100) {
    return fail(
      `“${shown}”像是年份而不是日期，请写作 2021-03-01`,
      `"${shown}" looks like a year, not a date; write it as 2021-03-01`,
    );
  }
  const iso = excelSerialToIsoDate(n, options.date1904);
  return iso ? ok(iso) : unrecognised(shown);
}

/**
 * Reads a date cell into YYYY-MM-DD: a workbook date, an Excel serial, or text such as "2021/3/1",
 * "2021-03-01", "2021.3.1", "2021年3月1日", "20210301"; a month alone per `monthOnly`. Impossible
 * dates (2021/2/30) are refused, not rolled over. Blank is null.
 */
export function parseDateCell(cell: RawCell, options: DateReadOptions): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  const shown = displayText(cell);
  if (cell instanceof Date) {
    const iso = workbookDateToIsoDate(cell);
    return iso ? ok(iso) : unrecognised(shown);
  }
  if (typeof cell === "number") return parseDateNumber(cell, shown, options);
  if (typeof cell === "string") return parseDateText(cell, shown, options);
  return unrecognised(shown);
}
