import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const versionColumns = {
  clauseCode: t.policyClauseVersions.clauseCode,
  version: t.policyClauseVersions.version,
  effectiveFrom: t.policyClauseVersions.effectiveFrom,
  effectiveTo: t.policyClauseVersions.effectiveTo,
  terms: t.policyClauseVersions.terms,
  note: t.policyClauseVersions.note,
  changedBy: t.users.username,
  at: t.policyClauseVersions.at,
};
/** Every clause of the plan with all its versions, newest version first. */
export async function clausesWithVersions(db: Tx) {
  // In the plan's order: P1-2 before P1-10, P3-4a before P3-4b.
  const clauses = await db
    .select()
    .from(t.policyClauses)
    .orderBy(
      sql`split_part(${t.policyClauses.code}, '-', 1)`,
      sql`substring(${t.policyClauses.code} from '-([0-9]+)')::int`,
      asc(t.policyClauses.code),
    );
  const versions = await db
    .select(versionColumns)
    .from(t.policyClauseVersions)
    .leftJoin(t.users, eq(t.users.id, t.policyClauseVersions.changedBy))
    .orderBy(asc(t.policyClauseVersions.clauseCode), desc(t.policyClauseVersions.version));
  return clauses.map((c) => ({ ...c, versions: versions.filter((v) => v.clauseCode === c.code) }));
}

/** One clause with its versions, newest first; null when there is no such clause. */
export async function clauseWithVersions(db: Tx, code: string) {
  const [clause] = await db.select().from(t.policyClauses).where(eq(t.policyClauses.code, code));
  if (!clause) return null;
  const versions = await db
    .select(versionColumns)
    .from(t.policyClauseVersions)
    .leftJoin(t.users, eq(t.users.id, t.policyClauseVersions.changedBy))
    .where(eq(t.policyClauseVersions.clauseCode, code))
    .orderBy(desc(t.policyClauseVersions.version));
  return { ...clause, versions };
}

/** Locks the clause so that versions are issued one at a time. */
export async function lockClause(tx: Tx, code: string) {
  const [row] = await tx.select().from(t.policyClauses).where(eq(t.policyClauses.code, code)).for("update");
  return row ?? null;
}

/** Ends the open-ended latest version the day before its successor starts. */
export async function closeOpenVersion(tx: Tx, code: string, effectiveTo: string): Promise<void> {
  await tx
    .update(t.policyClauseVersions)
    .set({ effectiveTo })
    .where(and(eq(t.policyClauseVersions.clauseCode, code), isNull(t.policyClauseVersions.effectiveTo)));
}

export async function insertClauseVersion(tx: Tx, row: typeof t.policyClauseVersions.$inferInsert) {
  const [created] = await tx.insert(t.policyClauseVersions).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}
