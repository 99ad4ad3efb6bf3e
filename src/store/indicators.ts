import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const definitionColumns = {
  code: t.indicators.code,
  planCode: t.indicators.planCode,
  zh: t.indicators.zh,
  unit: t.indicators.unit,
  target: t.indicators.target,
  comparator: t.indicators.comparator,
  year: t.indicators.year,
  planStartYear: t.plans.startYear,
};

/** Every plan indicator with the first year of its plan. */
export async function listIndicatorDefinitions(db: Db) {
  return db
    .select(definitionColumns)
    .from(t.indicators)
    .innerJoin(t.plans, eq(t.plans.code, t.indicators.planCode))
    .orderBy(asc(t.indicators.code));
}

export async function findIndicatorDefinition(db: Tx, code: string) {
  const [row] = await db
    .select(definitionColumns)
    .from(t.indicators)
    .innerJoin(t.plans, eq(t.plans.code, t.indicators.planCode))
    .where(eq(t.indicators.code, code));
  return row ?? null;
}

const valueColumns = {
  id: t.indicatorValues.id,
  indicatorCode: t.indicatorValues.indicatorCode,
  period: t.indicatorValues.period,
  value: t.indicatorValues.value,
  source: t.indicatorValues.source,
  note: t.indicatorValues.note,
  enteredBy: t.indicatorValues.enteredBy,
  enteredByName: t.users.displayName,
  enteredAt: t.indicatorValues.enteredAt,
};

export type IndicatorValueRow = Awaited<ReturnType<typeof indicatorValueHistory>>[number];

/** Values recorded for periods in or before a year: those that may stand for a period of that year. */
export async function indicatorValuesUpTo(db: Db, year: number) {
  return db
    .select(valueColumns)
    .from(t.indicatorValues)
    .leftJoin(t.users, eq(t.users.id, t.indicatorValues.enteredBy))
    .where(lte(sql`left(${t.indicatorValues.period}, 4)`, String(year)));
}

/** Every value of an indicator, latest period first, corrections before what they replaced. */
export async function indicatorValueHistory(db: Tx, code: string) {
  return db
    .select(valueColumns)
    .from(t.indicatorValues)
    .leftJoin(t.users, eq(t.users.id, t.indicatorValues.enteredBy))
    .where(eq(t.indicatorValues.indicatorCode, code))
    .orderBy(desc(t.indicatorValues.period), desc(t.indicatorValues.enteredAt), desc(t.indicatorValues.id));
}

export async function findIndicatorValue(db: Tx, id: number) {
  const [row] = await db
    .select(valueColumns)
    .from(t.indicatorValues)
    .leftJoin(t.users, eq(t.users.id, t.indicatorValues.enteredBy))
    .where(eq(t.indicatorValues.id, id));
  return row ?? null;
}

/** The value standing for exactly this period before a new one is added (for the audit entry). */
export async function latestValueOf(tx: Tx, code: string, period: string) {
  const [row] = await tx
    .select()
    .from(t.indicatorValues)
    .where(and(eq(t.indicatorValues.indicatorCode, code), eq(t.indicatorValues.period, period)))
    .orderBy(desc(t.indicatorValues.enteredAt), desc(t.indicatorValues.id))
    .limit(1);
  return row ?? null;
}

export async function insertIndicatorValue(tx: Tx, row: typeof t.indicatorValues.$inferInsert) {
  const [created] = await tx.insert(t.indicatorValues).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/**
 * Projects of the given specials in the caller's scope that were completed (竣工投用) within the dates,
 * dated by their actual end.
 */
export async function countCompletedProjects(
  db: Db,
  scope: ProjectScope,
  count: { specials: readonly string[]; from: string | null; to: string },
): Promise<number> {
  const where: SQL[] = [
    inArray(t.projects.specialCode, [...count.specials]),
    eq(t.projects.stage, "completed"),
    isNotNull(t.projects.actualEnd),
    lte(t.projects.actualEnd, count.to),
  ];
  if (count.from) where.push(gte(t.projects.actualEnd, count.from));
  const inScope = scopeCondition(scope);
  if (inScope) where.push(inScope);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t.projects)
    .where(and(...where));
  return row?.n ?? 0;
}
