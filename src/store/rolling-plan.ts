import { and, between, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type RollingGroup = "sector" | "special" | "district";

const GROUP_COLUMN: Record<RollingGroup, SQL> = {
  sector: sql`${t.projects.sectorCode}`,
  special: sql`${t.projects.specialCode}`,
  district: sql`${t.projects.districtCode}`,
};

/** Live (not cancelled) projects in scope with an annual plan inside the window. */
function inWindow(scope: ProjectScope, fromYear: number, toYear: number) {
  return and(
    between(t.projectAnnualPlans.year, fromYear, toYear),
    ne(t.projects.stage, "cancelled"),
    scopeCondition(scope),
  );
}

/** Planned investment per group and year over a window. */
export async function plannedByGroupAndYear(
  db: Db,
  scope: ProjectScope,
  group: RollingGroup,
  fromYear: number,
  toYear: number,
) {
  const column = GROUP_COLUMN[group];
  return db
    .select({
      key: sql<string>`${column}`,
      year: t.projectAnnualPlans.year,
      plannedFen: sql<string>`sum(${t.projectAnnualPlans.plannedFen})::text`,
    })
    .from(t.projectAnnualPlans)
    .innerJoin(t.projects, eq(t.projects.id, t.projectAnnualPlans.projectId))
    .where(inWindow(scope, fromYear, toYear))
    .groupBy(column, t.projectAnnualPlans.year);
}

/** Projects with any planned amount in the window, per group. */
export async function projectsInWindow(
  db: Db,
  scope: ProjectScope,
  group: RollingGroup,
  fromYear: number,
  toYear: number,
) {
  const column = GROUP_COLUMN[group];
  return db
    .select({ key: sql<string>`${column}`, projects: sql<number>`count(distinct ${t.projects.id})::int` })
    .from(t.projectAnnualPlans)
    .innerJoin(t.projects, eq(t.projects.id, t.projectAnnualPlans.projectId))
    .where(inWindow(scope, fromYear, toYear))
    .groupBy(column);
}

/** Reserve projects with the facts the rollover weighs. */
export async function rolloverCandidates(db: Db, sectorCodes: string[]) {
  if (sectorCodes.length === 0) return [];
  return db
    .select({
      projectId: t.projects.id,
      name: t.projects.name,
      sectorCode: t.projects.sectorCode,
      totalInvestmentFen: t.projects.totalInvestmentFen,
      code: t.projects.code,
      reserveSince: t.projects.reserveSince,
      plannedStart: t.projects.plannedStart,
      plannedFundingFen: sql<string>`coalesce((select sum(${t.projectFunding.plannedFen}) from ${t.projectFunding} where ${t.projectFunding.projectId} = ${t.projects.id}), 0)::text`,
      securedFundingFen: sql<string>`coalesce((select sum(${t.projectFunding.securedFen}) from ${t.projectFunding} where ${t.projectFunding.projectId} = ${t.projects.id}), 0)::text`,
    })
    .from(t.projects)
    .where(and(eq(t.projects.stage, "reserve"), inArray(t.projects.sectorCode, sectorCodes)));
}

export async function upsertRolloverDecision(tx: Tx, row: typeof t.rolloverDecisions.$inferInsert) {
  await tx
    .insert(t.rolloverDecisions)
    .values(row)
    .onConflictDoUpdate({
      target: [t.rolloverDecisions.year, t.rolloverDecisions.projectId],
      set: {
        decision: row.decision,
        note: row.note,
        proposal: row.proposal,
        decidedBy: row.decidedBy,
        decidedAt: row.decidedAt,
      },
    });
}

export async function rolloverDecisionsOf(db: Db, year: number) {
  return db
    .select({
      projectId: t.rolloverDecisions.projectId,
      name: t.projects.name,
      sectorCode: t.projects.sectorCode,
      decision: t.rolloverDecisions.decision,
      note: t.rolloverDecisions.note,
      decidedAt: t.rolloverDecisions.decidedAt,
    })
    .from(t.rolloverDecisions)
    .innerJoin(t.projects, eq(t.projects.id, t.rolloverDecisions.projectId))
    .where(eq(t.rolloverDecisions.year, year))
    .orderBy(t.projects.sectorCode, t.rolloverDecisions.projectId);
}
