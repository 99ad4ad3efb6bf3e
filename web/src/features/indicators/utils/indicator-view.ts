import type { IndicatorStatus } from "../../../../../src/domain/contracts/indicators.js";
import { parsePeriod } from "../../../../../src/domain/dispatch/indicators.js";
import type { MessageKey } from "../../../lib/i18n/index.js";

type Status = IndicatorStatus["progress"]["status"];

/** How each progress status is named and coloured. */
export const STATUS_VIEW: Record<Status, { labelKey: MessageKey; color: string }> = {
  met: { labelKey: "indicators.statusMet", color: "success" },
  on_track: { labelKey: "indicators.statusOnTrack", color: "processing" },
  behind: { labelKey: "indicators.statusBehind", color: "error" },
  no_data: { labelKey: "indicators.statusNoData", color: "default" },
};

/** The period in the page URL when it is one the server takes, otherwise the current year. */
export function periodFromSearch(search: URLSearchParams, today: string): string {
  const asked = search.get("period") ?? "";
  const parsed = parsePeriod(asked);
  if (!parsed) return today.slice(0, 4);
  const future =
    parsed.year > Number(today.slice(0, 4)) || (parsed.month !== null && asked > today.slice(0, 7));
  return future ? today.slice(0, 4) : asked;
}

/** The year and month (null: the whole year) of a period. */
export function periodParts(period: string): { year: number; month: number | null } {
  const parsed = parsePeriod(period);
  return parsed
    ? { year: parsed.year, month: parsed.month }
    : { year: Number(period.slice(0, 4)), month: null };
}

export function composePeriod(year: number, month: number | null): string {
  return month === null ? String(year) : `${year}-${String(month).padStart(2, "0")}`;
}

/** Years from the plan's first to the current one. */
export function yearOptions(firstYear: number, today: string): number[] {
  const years: number[] = [];
  for (let year = Number(today.slice(0, 4)); year >= firstYear; year -= 1) years.push(year);
  return years;
}

/** The months of a year that are not in the future. */
export function monthOptions(year: number, today: string): number[] {
  const last = year < Number(today.slice(0, 4)) ? 12 : Number(today.slice(5, 7));
  return Array.from({ length: last }, (_, i) => i + 1);
}

/**
 * The bar for a share of the target: filled up to 100, green when met, red when behind. The share
 * itself comes from the server as text and is shown as given, even above 100.
 */
export function progressBar(progress: IndicatorStatus["progress"]): {
  percent: number;
  status: "success" | "exception" | "normal";
} | null {
  if (progress.percent === null) return null;
  const share = Number(progress.percent);
  return {
    percent: Math.max(0, Math.min(100, share)),
    status: progress.status === "met" ? "success" : progress.status === "behind" ? "exception" : "normal",
  };
}

/** "85.5%" or "12 家": a value with its unit. */
export function withUnit(value: string, unit: string): string {
  return unit === "%" ? `${value}%` : `${value} ${unit}`;
}
