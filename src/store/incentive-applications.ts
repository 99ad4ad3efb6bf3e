import { and, asc, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { ApplicationStatus } from "../domain/incentives/application-rules.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/** Whose turn an application is: a reviewing unit, the city, or the owner of a returned one. */
export type QueueOwner = "district" | "department" | "city" | "owner";

export interface ApplicationFilters {
  status?: ApplicationStatus;
  awaiting?: QueueOwner[];
  clause?: string;
  projectId?: number;
  id?: number;
  limit: number;
}

const awaitingCondition: Record<QueueOwner, SQL | undefined> = {
  district: and(
    eq(t.incentiveApplications.status, "submitted"),
    isNull(t.incentiveApplications.districtReview),
  ),
  department: and(
    eq(t.incentiveApplications.status, "submitted"),
    isNull(t.incentiveApplications.departmentReview),
  ),
  city: eq(t.incentiveApplications.status, "reviewed"),
  owner: eq(t.incentiveApplications.status, "returned"),
};

/** Applications of projects in the caller's scope, newest first, with project, applicant and clause. */
export async function listApplications(db: Tx, scope: ProjectScope, filters: ApplicationFilters) {
  const where: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filters.status) where.push(eq(t.incentiveApplications.status, filters.status));
  if (filters.awaiting) where.push(or(...filters.awaiting.map((q) => awaitingCondition[q])));
  if (filters.clause) where.push(eq(t.incentiveApplications.clauseCode, filters.clause));
  if (filters.projectId) where.push(eq(t.incentiveApplications.projectId, filters.projectId));
  if (filters.id) where.push(eq(t.incentiveApplications.id, filters.id));
  return db
    .select({
      application: t.incentiveApplications,
      project: {
        id: t.projects.id,
        name: t.projects.name,
        districtCode: t.projects.districtCode,
        specialCode: t.projects.specialCode,
      },
      applicantName: t.organisations.name,
      clauseZh: t.policyClauses.zh,
    })
    .from(t.incentiveApplications)
    .innerJoin(t.projects, eq(t.projects.id, t.incentiveApplications.projectId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.incentiveApplications.applicantId))
    .innerJoin(t.policyClauses, eq(t.policyClauses.code, t.incentiveApplications.clauseCode))
    .where(and(...where))
    .orderBy(desc(t.incentiveApplications.submittedAt), desc(t.incentiveApplications.id))
    .limit(filters.limit);
}
export type ApplicationListRow = Awaited<ReturnType<typeof listApplications>>[number];

/** The history of the given applications, oldest first, with who acted. */
export async function applicationEvents(db: Tx, applicationIds: number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: t.incentiveApplicationEvents.applicationId,
      kind: t.incentiveApplicationEvents.kind,
      role: t.incentiveApplicationEvents.role,
      reason: t.incentiveApplicationEvents.reason,
      amountFen: t.incentiveApplicationEvents.amountFen,
      by: t.users.username,
      at: t.incentiveApplicationEvents.at,
    })
    .from(t.incentiveApplicationEvents)
    .leftJoin(t.users, eq(t.users.id, t.incentiveApplicationEvents.byUser))
    .where(inArray(t.incentiveApplicationEvents.applicationId, applicationIds))
    .orderBy(asc(t.incentiveApplicationEvents.at), asc(t.incentiveApplicationEvents.id));
}

export async function insertApplication(tx: Tx, row: typeof t.incentiveApplications.$inferInsert) {
  const [created] = await tx.insert(t.incentiveApplications).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** The application row, locked until the transaction ends, so decisions on it happen one at a time. */
export async function lockApplication(tx: Tx, id: number) {
  const [row] = await tx
    .select()
    .from(t.incentiveApplications)
    .where(eq(t.incentiveApplications.id, id))
    .for("update");
  return row ?? null;
}

export async function updateApplication(
  tx: Tx,
  id: number,
  set: Partial<typeof t.incentiveApplications.$inferInsert>,
) {
  const [updated] = await tx
    .update(t.incentiveApplications)
    .set(set)
    .where(eq(t.incentiveApplications.id, id))
    .returning();
  if (!updated) throw new Error("update found no row");
  return updated;
}

export async function addApplicationEvent(tx: Tx, event: typeof t.incentiveApplicationEvents.$inferInsert) {
  await tx.insert(t.incentiveApplicationEvents).values(event);
}

/** The few project fields an application needs, if the project is in the caller's scope. */
export async function projectForIncentive(db: Tx, projectId: number, scope: ProjectScope) {
  const [row] = await db
    .select({
      id: t.projects.id,
      name: t.projects.name,
      ownerId: t.projects.ownerId,
      districtCode: t.projects.districtCode,
      totalInvestmentFen: t.projects.totalInvestmentFen,
    })
    .from(t.projects)
    .where(and(eq(t.projects.id, projectId), scopeCondition(scope)));
  return row ?? null;
}
