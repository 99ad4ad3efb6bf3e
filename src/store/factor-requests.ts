import { and, asc, desc, eq, inArray, notInArray, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import { CLOSED_FACTOR_STATUSES, type FactorStatus } from "../domain/incentives/factor-rules.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface FactorFilters {
  status?: FactorStatus | "active";
  projectId?: number;
  id?: number;
}

/** Factor requests on projects in the caller's scope, open ones by due date first. */
export async function listFactorRequests(db: Tx, scope: ProjectScope, filters: FactorFilters) {
  const where: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filters.status === "active")
    where.push(notInArray(t.factorRequests.status, [...CLOSED_FACTOR_STATUSES]));
  else if (filters.status) where.push(eq(t.factorRequests.status, filters.status));
  if (filters.projectId) where.push(eq(t.factorRequests.projectId, filters.projectId));
  if (filters.id) where.push(eq(t.factorRequests.id, filters.id));
  return db
    .select({
      request: t.factorRequests,
      project: { id: t.projects.id, name: t.projects.name, districtCode: t.projects.districtCode },
    })
    .from(t.factorRequests)
    .innerJoin(t.projects, eq(t.projects.id, t.factorRequests.projectId))
    .where(and(...where))
    .orderBy(asc(t.factorRequests.dueDate), desc(t.factorRequests.id))
    .limit(500);
}

export async function factorEvents(db: Tx, requestIds: number[]) {
  if (requestIds.length === 0) return [];
  return db
    .select({
      requestId: t.factorRequestEvents.requestId,
      kind: t.factorRequestEvents.kind,
      text: t.factorRequestEvents.text,
      status: t.factorRequestEvents.status,
      dueDate: t.factorRequestEvents.dueDate,
      by: t.users.username,
      byRole: t.factorRequestEvents.byRole,
      at: t.factorRequestEvents.at,
    })
    .from(t.factorRequestEvents)
    .leftJoin(t.users, eq(t.users.id, t.factorRequestEvents.byUser))
    .where(inArray(t.factorRequestEvents.requestId, requestIds))
    .orderBy(asc(t.factorRequestEvents.at), asc(t.factorRequestEvents.id));
}

export async function insertFactorRequest(tx: Tx, row: typeof t.factorRequests.$inferInsert) {
  const [created] = await tx.insert(t.factorRequests).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function lockFactorRequest(tx: Tx, id: number) {
  const [row] = await tx.select().from(t.factorRequests).where(eq(t.factorRequests.id, id)).for("update");
  return row ?? null;
}

export async function updateFactorRequest(
  tx: Tx,
  id: number,
  set: Partial<typeof t.factorRequests.$inferInsert>,
) {
  const [updated] = await tx.update(t.factorRequests).set(set).where(eq(t.factorRequests.id, id)).returning();
  if (!updated) throw new Error("update found no row");
  return updated;
}

export async function addFactorEvent(tx: Tx, event: typeof t.factorRequestEvents.$inferInsert) {
  await tx.insert(t.factorRequestEvents).values(event);
}
