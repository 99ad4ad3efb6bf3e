import { and, asc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { CalendarDay, CalendarDayKind } from "../domain/approvals/working-days.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const asDay = (row: { day: string; kind: string; name: string }): CalendarDay => ({
  day: row.day,
  kind: row.kind as CalendarDayKind,
  name: row.name,
});

/** Every listed day (a few dozen a year), for the working-day calendar. */
export async function allCalendarDays(db: Tx): Promise<CalendarDay[]> {
  const rows = await db.select().from(t.calendarDays).orderBy(asc(t.calendarDays.day));
  return rows.map(asDay);
}

export async function calendarDaysOfYear(db: Tx, year: number): Promise<CalendarDay[]> {
  const rows = await db
    .select()
    .from(t.calendarDays)
    .where(and(gte(t.calendarDays.day, `${year}-01-01`), lte(t.calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(t.calendarDays.day));
  return rows.map(asDay);
}

/** Years from `from` to `to` with at least one listed day. */
export async function yearsWithCalendar(db: Tx, from: number, to: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${t.calendarDays.day})::int` })
    .from(t.calendarDays)
    .where(and(gte(t.calendarDays.day, `${from}-01-01`), lte(t.calendarDays.day, `${to}-12-31`)));
  return rows.map((r) => r.year);
}

/** The listed day, locked for a change inside the caller's transaction. */
export async function lockCalendarDay(db: Tx, day: string): Promise<CalendarDay | null> {
  const [row] = await db.select().from(t.calendarDays).where(eq(t.calendarDays.day, day)).for("update");
  return row ? asDay(row) : null;
}

/** Writes the days given, replacing what is listed on the same dates; safe to run again. */
export async function upsertCalendarDays(db: Tx, days: readonly CalendarDay[]): Promise<void> {
  if (days.length === 0) return;
  await db
    .insert(t.calendarDays)
    .values(days.map((d) => ({ day: d.day, kind: d.kind, name: d.name })))
    .onConflictDoUpdate({
      target: t.calendarDays.day,
      set: { kind: sql`excluded.kind`, name: sql`excluded.name` },
    });
}

export async function deleteCalendarDay(db: Tx, day: string): Promise<void> {
  await db.delete(t.calendarDays).where(eq(t.calendarDays.day, day));
}

/** Weekdays from Monday 1970-01-05 up to a date, offset so that differences count weekdays in (a, b]. */
const weekdaysThrough = (d: SQL) =>
  sql`(((${d}) - date '1970-01-05') / 7 * 5 + least(((${d}) - date '1970-01-05') % 7, 4) + 1)`;

/**
 * Working days in (from, to] as an SQL expression over two date expressions, the same count as
 * `workingDaysBetween` in the domain: weekdays by arithmetic, minus listed holidays on weekdays, plus
 * listed make-up days on weekends (an indexed range read of calendar_days). Zero when `to` is not
 * after `from`. Dates before 1970-01-05 are not supported (the API accepts none).
 */
export function workingDaysSql(from: SQL, to: SQL): SQL<number> {
  const c = t.calendarDays;
  const corrections = sql`(select count(*) filter (where ${c.kind} = 'workday' and extract(isodow from ${c.day}) >= 6)
      - count(*) filter (where ${c.kind} = 'holiday' and extract(isodow from ${c.day}) < 6)
    from ${c} where ${c.day} > (${from}) and ${c.day} <= (${to}))`;
  return sql<number>`(case when (${to}) <= (${from}) then 0
    else (${weekdaysThrough(to)} - ${weekdaysThrough(from)} + ${corrections})::int end)`;
}

/** A YYYY-MM-DD parameter as an SQL date. */
export const dateParam = (date: string): SQL => sql`cast(${date} as date)`;
