import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type ProjectRow = typeof t.projects.$inferSelect;
export type NewProjectRow = typeof t.projects.$inferInsert;

/** The reference sets an edit is validated against. */
/** Reference data for writing projects; one query after another, as `db` may be a transaction's connection. */
export async function projectLookups(db: Tx, planCode: string) {
  const specials = await db
    .select({
      code: t.specials.code,
      sectorCode: t.specials.sectorCode,
      leadDepartmentId: t.specials.leadDepartmentId,
    })
    .from(t.specials);
  const districts = await db.select({ code: t.districts.code }).from(t.districts);
  const plan = await db
    .select({ fundingSources: t.plans.fundingSources })
    .from(t.plans)
    .where(eq(t.plans.code, planCode));
  return {
    specials: new Map(specials.map((s) => [s.code, s])),
    districtCodes: new Set(districts.map((d) => d.code)),
    fundingSources: plan[0]?.fundingSources ?? [],
  };
}

export async function lockProject(tx: Tx, id: number): Promise<ProjectRow | null> {
  const [row] = await tx.select().from(t.projects).where(eq(t.projects.id, id)).for("update");
  return row ?? null;
}

export async function insertProject(tx: Tx, row: NewProjectRow): Promise<ProjectRow> {
  const [created] = await tx.insert(t.projects).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** Writes the change only if the row is still at `version`; returns the new row, or null when it moved on. */
export async function updateProjectRow(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<NewProjectRow>,
): Promise<ProjectRow | null> {
  const [row] = await tx
    .update(t.projects)
    .set({ ...changes, version: sql`${t.projects.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(t.projects.id, id), eq(t.projects.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteProjectRow(tx: Tx, id: number, version: number): Promise<boolean> {
  const rows = await tx
    .delete(t.projects)
    .where(and(eq(t.projects.id, id), eq(t.projects.version, version)))
    .returning({ id: t.projects.id });
  return rows.length > 0;
}

export async function replaceFunding(
  tx: Tx,
  projectId: number,
  lines: { source: string; plannedFen: bigint; securedFen: bigint }[],
) {
  await tx.delete(t.projectFunding).where(eq(t.projectFunding.projectId, projectId));
  if (lines.length) await tx.insert(t.projectFunding).values(lines.map((l) => ({ projectId, ...l })));
}

export async function replaceAnnualPlans(
  tx: Tx,
  projectId: number,
  lines: { year: number; plannedFen: bigint }[],
) {
  await tx.delete(t.projectAnnualPlans).where(eq(t.projectAnnualPlans.projectId, projectId));
  if (lines.length) await tx.insert(t.projectAnnualPlans).values(lines.map((l) => ({ projectId, ...l })));
}

export async function fundingOf(db: Tx, projectId: number) {
  return db
    .select()
    .from(t.projectFunding)
    .where(eq(t.projectFunding.projectId, projectId))
    .orderBy(asc(t.projectFunding.source));
}

export async function annualPlansOf(db: Tx, projectId: number) {
  return db
    .select()
    .from(t.projectAnnualPlans)
    .where(eq(t.projectAnnualPlans.projectId, projectId))
    .orderBy(asc(t.projectAnnualPlans.year));
}

export async function insertTransition(tx: Tx, row: typeof t.projectTransitions.$inferInsert): Promise<void> {
  await tx.insert(t.projectTransitions).values(row);
}

export async function listTransitions(db: Tx, projectId: number) {
  return db
    .select()
    .from(t.projectTransitions)
    .where(eq(t.projectTransitions.projectId, projectId))
    .orderBy(desc(t.projectTransitions.at), desc(t.projectTransitions.id));
}

export async function findOrganisationByUscc(db: Tx, uscc: string) {
  const [row] = await db.select().from(t.organisations).where(eq(t.organisations.uscc, uscc));
  return row ?? null;
}

export async function insertOrganisation(tx: Tx, org: typeof t.organisations.$inferInsert) {
  const [row] = await tx.insert(t.organisations).values(org).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Audit entries about one entity, oldest first: what changed since a version is read from them. */
export async function auditTrailOf(db: Tx, entityType: string, entityId: string) {
  return db
    .select({ action: t.auditLog.action, before: t.auditLog.before, after: t.auditLog.after })
    .from(t.auditLog)
    .where(and(eq(t.auditLog.entityType, entityType), eq(t.auditLog.entityId, entityId)))
    .orderBy(asc(t.auditLog.seq));
}

export async function projectIdByCode(db: Tx, code: string): Promise<number | null> {
  const [row] = await db.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.code, code));
  return row?.id ?? null;
}
