import { daysBetween, shiftMonth } from "../../../lib/business-month.js";

/** The day of the following month a report is due when the settings cannot be read. */
export const DEFAULT_REPORT_DUE_DAY = 5;

export interface ReportDeadline {
  /** YYYY-MM-DD: the due day of the month after the one reported. */
  dueDate: string;
  /**
   * Not reported yet: days left (open), due today, or days past (overdue). Reported: on time, or
   * late by `days`.
   */
  state: "open" | "today" | "overdue" | "onTime" | "late";
  days: number;
}

/**
 * When a month's report is due and where today (or the day it was first reported) stands against
 * it, all as Asia/Shanghai business dates.
 */
export function reportDeadline(
  month: string,
  dueDay: number,
  today: string,
  reportedOn: string | null = null,
): ReportDeadline {
  const dueDate = `${shiftMonth(month, 1)}-${String(dueDay).padStart(2, "0")}`;
  if (reportedOn !== null) {
    const late = daysBetween(dueDate, reportedOn);
    return late > 0 ? { dueDate, state: "late", days: late } : { dueDate, state: "onTime", days: 0 };
  }
  const left = daysBetween(today, dueDate);
  if (left > 0) return { dueDate, state: "open", days: left };
  if (left === 0) return { dueDate, state: "today", days: 0 };
  return { dueDate, state: "overdue", days: -left };
}
