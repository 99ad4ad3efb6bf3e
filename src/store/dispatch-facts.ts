import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DispatchFact, FactProject } from "../domain/dispatch/facts.js";
import type { WarningLevel } from "../domain/dispatch/warnings.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const CHUNK = 2000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Project ids in id order, `after` an id, a page at a time: the full rebuild walks the library with it. */
export async function projectIdsAfter(tx: Tx, after: number, limit: number): Promise<number[]> {
  const rows = await tx
    .select({ id: t.projects.id })
    .from(t.projects)
    .where(sql`${t.projects.id} > ${after}`)
    .orderBy(t.projects.id)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** What the dispatch facts are computed from, for the given projects (missing ids are simply absent). */
export async function factInputs(tx: Tx, ids: number[]): Promise<FactProject[]> {
  if (!ids.length) return [];
  const projects = await tx
    .select({
      id: t.projects.id,
      sectorCode: t.projects.sectorCode,
      specialCode: t.projects.specialCode,
      districtCode: t.projects.districtCode,
      stage: t.projects.stage,
      level: t.projects.level,
      ownDepartment: t.projects.leadDepartmentId,
      specialDepartment: t.specials.leadDepartmentId,
      plannedStart: t.projects.plannedStart,
      actualStart: t.projects.actualStart,
      actualEnd: t.projects.actualEnd,
      totalFen: t.projects.totalInvestmentFen,
      openingFen: t.projects.openingCompletedFen,
    })
    .from(t.projects)
    .innerJoin(t.specials, eq(t.specials.code, t.projects.specialCode))
    .where(inArray(t.projects.id, ids));
  const plans = await tx
    .select()
    .from(t.projectAnnualPlans)
    .where(inArray(t.projectAnnualPlans.projectId, ids));
  const reports = await tx
    .select({
      projectId: t.progressReports.projectId,
      month: t.progressReports.month,
      investedFen: t.progressReports.investedFen,
      progressPct: t.progressReports.progressPct,
      submittedOn: sql<string>`(${t.progressReports.submittedAt} at time zone 'Asia/Shanghai')::date::text`,
    })
    .from(t.progressReports)
    .where(and(inArray(t.progressReports.projectId, ids), eq(t.progressReports.current, true)))
    .orderBy(t.progressReports.projectId, t.progressReports.month);
  const plansOf = new Map<number, Map<number, bigint>>();
  for (const p of plans) {
    const m = plansOf.get(p.projectId) ?? new Map<number, bigint>();
    m.set(p.year, p.plannedFen);
    plansOf.set(p.projectId, m);
  }
  const reportsOf = new Map<number, FactProject["reports"]>();
  for (const r of reports) {
    const list = reportsOf.get(r.projectId) ?? [];
    list.push({
      month: r.month,
      investedFen: r.investedFen,
      progressPct: r.progressPct,
      submittedOn: r.submittedOn,
    });
    reportsOf.set(r.projectId, list);
  }
  return projects.map((p) => ({
    id: p.id,
    sectorCode: p.sectorCode,
    specialCode: p.specialCode,
    districtCode: p.districtCode,
    stage: p.stage,
    level: p.level,
    departmentIds: [
      ...new Set([p.ownDepartment, p.specialDepartment].filter((d): d is number => d !== null)),
    ],
    plannedStart: p.plannedStart,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    totalFen: p.totalFen,
    openingFen: p.openingFen,
    annualPlanFen: plansOf.get(p.id) ?? new Map(),
    reports: reportsOf.get(p.id) ?? [],
  }));
}

/** The facts stored for these projects. */
export async function storedFacts(tx: Tx, ids: number[]): Promise<DispatchFact[]> {
  if (!ids.length) return [];
  const rows = await tx.select().from(t.dispatchFacts).where(inArray(t.dispatchFacts.projectId, ids));
  return rows.map((r) => ({ ...r, baseLevel: r.baseLevel as WarningLevel }));
}

/** Replaces the facts of these projects (all months) by `facts`. */
export async function replaceFacts(tx: Tx, ids: number[], facts: DispatchFact[]): Promise<void> {
  for (const part of chunks(ids))
    await tx.delete(t.dispatchFacts).where(inArray(t.dispatchFacts.projectId, part));
  await insertFacts(tx, facts);
}

/** Stores facts a few thousand at a time, each batch as one JSON parameter (far fewer round trips than rows). */
export async function insertFacts(tx: Tx, facts: DispatchFact[]): Promise<void> {
  for (const part of chunks(facts, 5000)) {
    const json = JSON.stringify(part, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    await tx.execute(sql`insert into ${t.dispatchFacts} (project_id, month, sector_code, special_code,
        district_code, stage, level, department_ids, planned_fen, month_fen, ytd_fen, cumulative_fen, total_fen,
        start_planned_year, start_due, started, report_due, reported, base_level)
      select "projectId", month, "sectorCode", "specialCode", "districtCode", stage, level,
        array(select jsonb_array_elements_text("departmentIds"))::int[], "plannedFen", "monthFen",
        "yearToDateFen", "cumulativeFen", "totalFen", "startPlannedYear", "startDue", started, "reportDue",
        reported, "baseLevel"
      from jsonb_to_recordset(${json}::jsonb) as x("projectId" int, month text, "sectorCode" text,
        "specialCode" text, "districtCode" text, stage text, level text, "departmentIds" jsonb,
        "plannedFen" bigint, "monthFen" bigint, "yearToDateFen" bigint, "cumulativeFen" bigint, "totalFen" bigint,
        "startPlannedYear" boolean, "startDue" boolean, started boolean, "reportDue" boolean, reported boolean,
        "baseLevel" text)`);
  }
}

export async function deleteAllFacts(tx: Tx): Promise<void> {
  await tx.delete(t.dispatchFacts);
}

/** The facts of every project in a scope for some months; used for scopes the rollups do not keep. */
export function factsInScope(scopeWhere: SQL | undefined) {
  return scopeWhere
    ? sql`select f.* from ${t.dispatchFacts} f join ${t.projects} on ${t.projects.id} = f.project_id where ${scopeWhere}`
    : sql`select f.* from ${t.dispatchFacts} f`;
}

/** The facts of some projects in one month. */
export async function factsInMonth(tx: Tx, month: string, ids: number[]): Promise<DispatchFact[]> {
  if (!ids.length) return [];
  const rows = await tx
    .select()
    .from(t.dispatchFacts)
    .where(and(eq(t.dispatchFacts.month, month), inArray(t.dispatchFacts.projectId, ids)));
  return rows.map((r) => ({ ...r, baseLevel: r.baseLevel as WarningLevel }));
}
