import { NOTICE_YEARS } from "../domain/approvals/calendar-2020-2022.js";
import {
  isWeekend,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from "../domain/approvals/working-days.js";
import type { CalendarDayInput, CalendarYear } from "../domain/contracts/approvals.js";
import { businessDate, isIsoDate } from "../domain/dates.js";
import { AppError, invalidField, notFound } from "../domain/errors.js";
import {
  allCalendarDays,
  calendarDaysOfYear,
  deleteCalendarDay,
  lockCalendarDay,
  upsertCalendarDays,
} from "../store/calendar.js";
import type { Db } from "../store/db.js";
import { principalOf, requirePermission, requireWriter } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

/**
 * The working-day calendar: 2020–2022 as the State Council announced them (loaded with the plan,
 * fixed), later years kept by the city administrator day by day, each change audited.
 */

/** The latest year that is reference data; the city keeps the years after it. */
const LAST_NOTICE_YEAR = Math.max(...NOTICE_YEARS);
const LAST_YEAR = 2100;

/** The whole calendar as the domain counts with it. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  return workingCalendar(await allCalendarDays(db));
}

const editable = (year: number) => year > LAST_NOTICE_YEAR && year <= LAST_YEAR;

/** One year's listed days, how many working days it has, and whether the city may change it. */
export async function getCalendarYear(ctx: ServiceContext, year?: number): Promise<CalendarYear> {
  principalOf(ctx);
  const y = year ?? Number(businessDate(ctx.now()).slice(0, 4));
  const days = await calendarDaysOfYear(ctx.db, y);
  return {
    year: y,
    editable: editable(y),
    source: NOTICE_YEARS.includes(y) ? "state_council" : days.length ? "city" : "none",
    workingDays: workingDaysBetween(workingCalendar(days), `${y - 1}-12-31`, `${y}-12-31`),
    days: days.map((d) => ({ ...d, weekend: isWeekend(d.day) })),
  };
}

/** A real date in a year the city keeps; otherwise 400 (not a date) or 409 (a fixed year). */
function checkEditableDay(day: string): number {
  if (!isIsoDate(day)) throw invalidField("day", `“${day}”不是有效日期`, `"${day}" is not a calendar date`);
  const year = Number(day.slice(0, 4));
  if (!editable(year)) {
    throw new AppError(
      409,
      "calendar_fixed",
      year <= LAST_NOTICE_YEAR
        ? `${year} 年节假日按国务院办公厅通知载入，不能修改；可维护 ${LAST_NOTICE_YEAR + 1} 年及以后`
        : `只能维护 ${LAST_NOTICE_YEAR + 1}–${LAST_YEAR} 年的节假日`,
      year <= LAST_NOTICE_YEAR
        ? `The ${year} calendar is loaded from the State Council's notice and cannot be changed; ${LAST_NOTICE_YEAR + 1} onwards is kept here`
        : `Only ${LAST_NOTICE_YEAR + 1}–${LAST_YEAR} can be kept`,
      "day",
    );
  }
  return year;
}

async function mayManage(ctx: ServiceContext): Promise<void> {
  await requirePermission(ctx, "calendar.manage", "calendar_day");
  await requireWriter(ctx, "calendar_day");
}

/** Lists (or relists) a holiday or a weekend make-up working day. */
export async function setCalendarDay(
  ctx: ServiceContext,
  day: string,
  input: CalendarDayInput,
): Promise<CalendarYear> {
  await mayManage(ctx);
  const year = checkEditableDay(day);
  if (input.kind === "workday" && !isWeekend(day))
    throw invalidField(
      "kind",
      `${day} 本是工作日；调休上班日须为周六或周日`,
      `${day} is a working day already; a make-up working day falls on a Saturday or Sunday`,
    );
  const after = { day, kind: input.kind, name: input.name };
  await ctx.db.transaction(async (tx) => {
    const before = await lockCalendarDay(tx, day);
    await upsertCalendarDays(tx, [after]);
    await record(ctx, tx, {
      action: before ? "calendar_day.changed" : "calendar_day.added",
      entityType: "calendar_day",
      entityId: day,
      before,
      after,
    });
  });
  return getCalendarYear(ctx, year);
}

/** Takes a day off the list: it is an ordinary weekday or weekend day again. */
export async function removeCalendarDay(ctx: ServiceContext, day: string): Promise<CalendarYear> {
  await mayManage(ctx);
  const year = checkEditableDay(day);
  await ctx.db.transaction(async (tx) => {
    const before = await lockCalendarDay(tx, day);
    if (!before) throw notFound("节假日安排", "Calendar day", day);
    await deleteCalendarDay(tx, day);
    await record(ctx, tx, {
      action: "calendar_day.removed",
      entityType: "calendar_day",
      entityId: day,
      before,
    });
  });
  return getCalendarYear(ctx, year);
}
