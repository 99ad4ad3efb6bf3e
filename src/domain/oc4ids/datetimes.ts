import { businessDate, isIsoDate } from "../dates.js";

/**
 * Business dates (YYYY-MM-DD, Asia/Shanghai) become OC4IDS date-times with the +08:00 offset: a start
 * at the first second of the day, an end at the last, as OCDS advises when only the date is known.
 */
export const startOfDay = (date: string) => `${date}T00:00:00+08:00`;
export const endOfDay = (date: string) => `${date}T23:59:59+08:00`;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The Asia/Shanghai calendar date of an RFC 3339 date-time (2016-12-31T23:00:00Z is 2017-01-01 in
 * Chongqing), or null when the text is not one. A bare YYYY-MM-DD is taken as that date.
 */
export function shanghaiDateOf(text: unknown): string | null {
  if (typeof text !== "string") return null;
  if (isIsoDate(text)) return text;
  if (!DATE_TIME.test(text) || !isIsoDate(text.slice(0, 10))) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : businessDate(instant);
}
