import { and, asc, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/** What a new report for `month` is checked against: the other months and the neighbouring progress. */
export async function reportNeighbours(tx: Tx, projectId: number, month: string) {
  const current = and(eq(t.progressReports.projectId, projectId), eq(t.progressReports.current, true));
  const [others] = await tx
    .select({ sum: sql<string>`coalesce(sum(${t.progressReports.investedFen}), 0)::text` })
    .from(t.progressReports)
    .where(and(current, ne(t.progressReports.month, month)));
  const [before] = await tx
    .select({ pct: t.progressReports.progressPct })
    .from(t.progressReports)
    .where(and(current, lt(t.progressReports.month, month)))
    .orderBy(desc(t.progressReports.month))
    .limit(1);
  const [after] = await tx
    .select({ pct: t.progressReports.progressPct })
    .from(t.progressReports)
    .where(and(current, gt(t.progressReports.month, month)))
    .orderBy(asc(t.progressReports.month))
    .limit(1);
  const [existing] = await tx
    .select()
    .from(t.progressReports)
    .where(and(current, eq(t.progressReports.month, month)));
  return {
    otherMonthsFen: BigInt(others?.sum ?? "0"),
    progressBefore: before?.pct ?? null,
    progressAfter: after?.pct ?? null,
    existing: existing ?? null,
  };
}

/** Stores a report as the month's current version, keeping the one it replaces. */
export async function insertReportVersion(
  tx: Tx,
  row: Omit<typeof t.progressReports.$inferInsert, "version" | "current">,
  previous: { id: number; version: number } | null,
) {
  if (previous)
    await tx.update(t.progressReports).set({ current: false }).where(eq(t.progressReports.id, previous.id));
  const [created] = await tx
    .insert(t.progressReports)
    .values({ ...row, version: (previous?.version ?? 0) + 1, current: true })
    .returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** Keeps the project's completed investment equal to its opening balance plus its current reports. */
export async function refreshCompleted(tx: Tx, projectId: number): Promise<void> {
  await tx
    .update(t.projects)
    .set({
      completedInvestmentFen: sql`${t.projects.openingCompletedFen} + coalesce((select sum(${t.progressReports.investedFen}) from ${t.progressReports}
        where ${t.progressReports.projectId} = ${projectId} and ${t.progressReports.current}), 0)`,
    })
    .where(eq(t.projects.id, projectId));
}

export async function reportsOf(db: Tx, projectId: number) {
  const reports = await db
    .select()
    .from(t.progressReports)
    .where(eq(t.progressReports.projectId, projectId))
    .orderBy(desc(t.progressReports.month), desc(t.progressReports.version));
  const reviews = await db
    .select()
    .from(t.reportReviews)
    .innerJoin(t.progressReports, eq(t.progressReports.id, t.reportReviews.reportId))
    .where(eq(t.progressReports.projectId, projectId));
  return reports.map((r) => ({
    ...r,
    reviews: reviews.filter((v) => v.report_reviews.reportId === r.id).map((v) => v.report_reviews),
  }));
}

export async function findReport(db: Tx, reportId: number) {
  const [row] = await db.select().from(t.progressReports).where(eq(t.progressReports.id, reportId));
  return row ?? null;
}

export async function saveReview(tx: Tx, review: typeof t.reportReviews.$inferInsert) {
  await tx
    .insert(t.reportReviews)
    .values(review)
    .onConflictDoUpdate({
      target: [t.reportReviews.reportId, t.reportReviews.reviewerRole],
      set: { decision: review.decision, reason: review.reason, reviewerId: review.reviewerId, at: review.at },
    });
  return tx.select().from(t.reportReviews).where(eq(t.reportReviews.reportId, review.reportId));
}

export async function setReportStatus(tx: Tx, reportId: number, status: string): Promise<void> {
  await tx.update(t.progressReports).set({ status }).where(eq(t.progressReports.id, reportId));
}
