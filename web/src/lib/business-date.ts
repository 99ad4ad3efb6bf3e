import dayjs, { type Dayjs } from "dayjs";
// The picker names months and weekdays through dayjs, which knows Chinese only once the locale is loaded.
import "dayjs/locale/zh-cn";

const BUSINESS_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A YYYY-MM-DD business date as the picker's value. dayjs reads this shape as a local calendar date
 * and formats it back unchanged, so no time zone ever shifts the day.
 */
export function toPickerDate(value: string | null | undefined): Dayjs | null {
  if (!value || !BUSINESS_DATE.test(value)) return null;
  const date = dayjs(value);
  return date.isValid() ? date : null;
}

/** The picker's value as a YYYY-MM-DD business date, or null when cleared. */
export function fromPickerDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format("YYYY-MM-DD") : null;
}

/** Today's business date in Asia/Shanghai, where the plan's dates are meant. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}

/** A server timestamp as "YYYY-MM-DD HH:mm" in Asia/Shanghai, the same in either language. */
export function formatShanghaiTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}
