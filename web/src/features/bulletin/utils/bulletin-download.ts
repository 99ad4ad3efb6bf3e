import { isMonth, lastMonthInShanghai } from "../../../lib/business-month.js";

export type BulletinFormat = "xlsx" | "pdf";

/** The download address of a month's bulletin; the server renders it over the caller's scope. */
export function bulletinUrl(month: string, format: BulletinFormat): string {
  return `/api/v1/bulletins/${encodeURIComponent(month)}/${format}`;
}

/** The month in the address (`?month=2021-06`), or last month in Chongqing, the one being dispatched. */
export function bulletinMonthOf(search: URLSearchParams, now: Date = new Date()): string {
  const month = search.get("month");
  return isMonth(month) ? month : lastMonthInShanghai(now);
}

/**
 * The file name a download's Content-Disposition gives: the UTF-8 `filename*` (RFC 5987) when present,
 * else the plain `filename`, else the fallback.
 */
export function attachmentName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}
