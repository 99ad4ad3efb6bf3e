import { and, asc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/**
 * Locks the applicant's balance row for a clause (creating it the first time). Every approval under
 * the clause for that applicant takes this lock first, so they run one after another; the sums read
 * after it (a new statement, a new snapshot) include every award committed before.
 */
export async function lockBalance(tx: Tx, applicantId: number, clauseCode: string): Promise<void> {
  await tx.insert(t.incentiveBalances).values({ applicantId, clauseCode }).onConflictDoNothing();
  await tx
    .select({ applicantId: t.incentiveBalances.applicantId })
    .from(t.incentiveBalances)
    .where(
      and(eq(t.incentiveBalances.applicantId, applicantId), eq(t.incentiveBalances.clauseCode, clauseCode)),
    )
    .for("update");
}

/** What the applicant has received under the clause: in total, and in one year. */
export async function receivedUnder(tx: Tx, applicantId: number, clauseCode: string, year: number) {
  const [row] = await tx
    .select({
      total: sql<string>`coalesce(sum(${t.incentiveAwards.amountFen}), 0)::text`,
      inYear: sql<string>`coalesce(sum(${t.incentiveAwards.amountFen}) filter (where ${t.incentiveAwards.year} = ${year}), 0)::text`,
    })
    .from(t.incentiveAwards)
    .where(and(eq(t.incentiveAwards.applicantId, applicantId), eq(t.incentiveAwards.clauseCode, clauseCode)));
  return { cumulativeFen: BigInt(row?.total ?? "0"), yearFen: BigInt(row?.inYear ?? "0") };
}

/** Records an award and keeps the applicant's balance for the clause in step. */
export async function insertAward(tx: Tx, row: typeof t.incentiveAwards.$inferInsert): Promise<void> {
  await tx.insert(t.incentiveAwards).values(row);
  await tx
    .update(t.incentiveBalances)
    .set({ awardedFen: sql`${t.incentiveBalances.awardedFen} + ${row.amountFen}` })
    .where(
      and(
        eq(t.incentiveBalances.applicantId, row.applicantId),
        eq(t.incentiveBalances.clauseCode, row.clauseCode),
      ),
    );
}

/** An organisation the caller may see as an applicant: one with a project in the caller's scope. */
export async function visibleApplicant(db: Tx, applicantId: number, scope: ProjectScope) {
  const inScope = scopeCondition(scope);
  const hasProject = db
    .select({ one: sql`1` })
    .from(t.projects)
    .where(and(eq(t.projects.ownerId, applicantId), inScope));
  const [row] = await db
    .select({ id: t.organisations.id, name: t.organisations.name })
    .from(t.organisations)
    .where(and(eq(t.organisations.id, applicantId), inScope ? exists(hasProject) : undefined));
  return row ?? null;
}

export interface LedgerFilters {
  applicantId?: number;
  clause?: string;
  year?: number;
}

/** Awards of projects in the caller's scope, summed by applicant, clause and year. */
export async function ledgerRows(db: Tx, scope: ProjectScope, filters: LedgerFilters) {
  const where: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filters.applicantId) where.push(eq(t.incentiveAwards.applicantId, filters.applicantId));
  if (filters.clause) where.push(eq(t.incentiveAwards.clauseCode, filters.clause));
  if (filters.year) where.push(eq(t.incentiveAwards.year, filters.year));
  return db
    .select({
      applicantId: t.incentiveAwards.applicantId,
      applicantName: t.organisations.name,
      clause: t.incentiveAwards.clauseCode,
      year: t.incentiveAwards.year,
      awards: sql<number>`count(*)::int`,
      totalFen: sql<string>`sum(${t.incentiveAwards.amountFen})::text`,
    })
    .from(t.incentiveAwards)
    .innerJoin(t.projects, eq(t.projects.id, t.incentiveAwards.projectId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.incentiveAwards.applicantId))
    .where(and(...where))
    .groupBy(
      t.incentiveAwards.applicantId,
      t.organisations.name,
      t.incentiveAwards.clauseCode,
      t.incentiveAwards.year,
    )
    .orderBy(asc(t.organisations.name), asc(t.incentiveAwards.clauseCode), asc(t.incentiveAwards.year));
}

/** Each applicant's total under each clause, whatever project it was awarded on. */
export async function balancesOf(db: Tx, applicantIds: number[]) {
  if (applicantIds.length === 0) return [];
  return db.select().from(t.incentiveBalances).where(inArray(t.incentiveBalances.applicantId, applicantIds));
}
