import { and, eq, sql } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/** The figures a funding view needs of one project, if it is in the caller's scope. */
export async function fundingHead(db: Tx, id: number, scope: ProjectScope) {
  const [row] = await db
    .select({
      id: t.projects.id,
      version: t.projects.version,
      planCode: t.projects.planCode,
      totalInvestmentFen: t.projects.totalInvestmentFen,
    })
    .from(t.projects)
    .where(and(eq(t.projects.id, id), scopeCondition(scope)));
  return row ?? null;
}

/** The funding sources a plan lists (中央预算内投资, 地方政府专项债券 …). */
export async function planFundingSources(db: Tx, planCode: string | null): Promise<string[]> {
  const rows = await db
    .select({ code: t.plans.code, sources: t.plans.fundingSources })
    .from(t.plans)
    .orderBy(t.plans.startYear);
  const plan = rows.find((r) => r.code === planCode) ?? rows[0];
  return plan?.sources ?? [];
}

/** Sets one source's planned and secured amounts, adding the source when the project has none yet. */
export async function upsertFundingLine(
  tx: Tx,
  projectId: number,
  line: { source: string; plannedFen: bigint; securedFen: bigint },
): Promise<void> {
  await tx
    .insert(t.projectFunding)
    .values({ projectId, ...line })
    .onConflictDoUpdate({
      target: [t.projectFunding.projectId, t.projectFunding.source],
      set: { plannedFen: line.plannedFen, securedFen: line.securedFen },
    });
}

/** Totals and per-sector figures of the projects in scope: investment, planned and secured funding. */
export async function financingBySector(db: Db, scope: ProjectScope) {
  const funded = db
    .select({
      projectId: t.projectFunding.projectId,
      planned: sql<string>`sum(${t.projectFunding.plannedFen})`.as("planned"),
      secured: sql<string>`sum(${t.projectFunding.securedFen})`.as("secured"),
    })
    .from(t.projectFunding)
    .groupBy(t.projectFunding.projectId)
    .as("funded");
  return db
    .select({
      sectorCode: t.projects.sectorCode,
      projects: sql<number>`count(*)::int`,
      totalInvestmentFen: sql<string>`sum(${t.projects.totalInvestmentFen})::text`,
      plannedFen: sql<string>`coalesce(sum(${funded.planned}), 0)::text`,
      securedFen: sql<string>`coalesce(sum(${funded.secured}), 0)::text`,
    })
    .from(t.projects)
    .leftJoin(funded, eq(funded.projectId, t.projects.id))
    .where(scopeCondition(scope))
    .groupBy(t.projects.sectorCode);
}

/** Planned and secured per funding source over the projects in scope. */
export async function financingBySource(db: Db, scope: ProjectScope) {
  return db
    .select({
      source: t.projectFunding.source,
      projects: sql<number>`count(distinct ${t.projectFunding.projectId})::int`,
      plannedFen: sql<string>`sum(${t.projectFunding.plannedFen})::text`,
      securedFen: sql<string>`sum(${t.projectFunding.securedFen})::text`,
    })
    .from(t.projectFunding)
    .innerJoin(t.projects, eq(t.projects.id, t.projectFunding.projectId))
    .where(scopeCondition(scope))
    .groupBy(t.projectFunding.source);
}

export async function sectorLabels(db: Db) {
  return db
    .select({ code: t.sectors.code, zh: t.sectors.zh, en: t.sectors.en, no: t.sectors.no })
    .from(t.sectors)
    .orderBy(t.sectors.no);
}
