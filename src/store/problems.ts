import { and, asc, eq, lt, ne, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type ProblemRow = typeof t.coordinationProblems.$inferSelect;
export type NewProblemRow = typeof t.coordinationProblems.$inferInsert;

const p = t.coordinationProblems;

/** The list filters as the store applies them; `today` decides what is overdue. */
export interface ProblemFilters {
  status?: "open" | "in_progress" | "resolved" | "unresolved" | undefined;
  tier?: string | undefined;
  category?: string | undefined;
  overdue?: boolean | undefined;
  projectId?: number | undefined;
  districtCode?: string | undefined;
}

const unresolved = ne(p.status, "resolved");
const overdueOn = (today: string) => and(unresolved, lt(p.dueDate, today));

/** Problems of projects in the caller's scope: every read joins projects and applies the one scope predicate. */
function scoped(scope: ProjectScope, ...conditions: (SQL | undefined)[]) {
  return and(scopeCondition(scope), ...conditions);
}

function filterConditions(filters: ProblemFilters, today: string): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (filters.status === "unresolved") where.push(unresolved);
  else if (filters.status) where.push(eq(p.status, filters.status));
  if (filters.tier) where.push(eq(p.tier, filters.tier));
  if (filters.category) where.push(eq(p.category, filters.category));
  if (filters.overdue === true) where.push(overdueOn(today));
  if (filters.overdue === false) where.push(sql`not (${overdueOn(today)})`);
  if (filters.projectId !== undefined) where.push(eq(p.projectId, filters.projectId));
  if (filters.districtCode) where.push(eq(t.projects.districtCode, filters.districtCode));
  return where;
}

const problemColumns = {
  problem: p,
  project: { id: t.projects.id, name: t.projects.name, districtCode: t.projects.districtCode },
  raiser: {
    username: t.users.username,
    displayName: t.users.displayName,
    organisation: t.organisations.name,
  },
};

function problemQuery(db: Tx) {
  return db
    .select(problemColumns)
    .from(p)
    .innerJoin(t.projects, eq(t.projects.id, p.projectId))
    .leftJoin(t.users, eq(t.users.id, p.raisedBy))
    .leftJoin(t.organisations, eq(t.organisations.id, t.users.organisationId));
}

/** One problem with its project and raiser, if its project is in scope. */
export async function findProblem(db: Tx, id: number, scope: ProjectScope) {
  const [row] = await problemQuery(db).where(scoped(scope, eq(p.id, id)));
  return row ?? null;
}

/**
 * A page of problems in scope, most urgent first: by due date, then id. Keyset paging on
 * (due date, id); one row more than asked tells whether another page follows.
 */
export async function listProblemPage(
  db: Db,
  scope: ProjectScope,
  filters: ProblemFilters,
  today: string,
  page: { limit: number; after: { dueDate: string; id: number } | null },
) {
  const after = page.after
    ? sql`(${p.dueDate}, ${p.id}) > (cast(${page.after.dueDate} as date), ${page.after.id})`
    : undefined;
  const rows = await problemQuery(db)
    .where(scoped(scope, ...filterConditions(filters, today), after))
    .orderBy(asc(p.dueDate), asc(p.id))
    .limit(page.limit + 1);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** A problem's comments, escalations and status changes, oldest first, with who did each. */
export async function problemEventsOf(db: Tx, problemId: number) {
  return db
    .select({
      event: t.problemEvents,
      by: {
        username: t.users.username,
        displayName: t.users.displayName,
        organisation: t.organisations.name,
      },
    })
    .from(t.problemEvents)
    .leftJoin(t.users, eq(t.users.id, t.problemEvents.byUser))
    .leftJoin(t.organisations, eq(t.organisations.id, t.users.organisationId))
    .where(eq(t.problemEvents.problemId, problemId))
    .orderBy(asc(t.problemEvents.at), asc(t.problemEvents.id));
}

export async function insertProblem(tx: Tx, row: NewProblemRow): Promise<ProblemRow> {
  const [created] = await tx.insert(p).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function insertProblemEvent(tx: Tx, event: typeof t.problemEvents.$inferInsert) {
  await tx.insert(t.problemEvents).values(event);
}

/** The problem row locked for a change inside `tx`. */
export async function lockProblem(tx: Tx, id: number): Promise<ProblemRow | null> {
  const [row] = await tx.select().from(p).where(eq(p.id, id)).for("update");
  return row ?? null;
}

/** Applies a change made on `version` and moves the version on; null when the row moved on meanwhile. */
export async function updateProblemRow(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<Pick<ProblemRow, "status" | "tier" | "dueDate" | "resolvedAt">>,
): Promise<ProblemRow | null> {
  const [row] = await tx
    .update(p)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(p.id, id), eq(p.version, version)))
    .returning();
  return row ?? null;
}

/** Ids of every unresolved problem past its due date that can still climb (below the city), in any scope. */
export async function overdueBelowCity(db: Tx, today: string): Promise<number[]> {
  const rows = await db
    .select({ id: p.id })
    .from(p)
    .where(and(overdueOn(today), ne(p.tier, "city")))
    .orderBy(asc(p.dueDate), asc(p.id));
  return rows.map((r) => r.id);
}

/** Problems in scope unresolved now and raised before `raisedBefore`, overdue ones first. */
export async function unresolvedProblems(db: Db, scope: ProjectScope, raisedBefore: Date) {
  return db
    .select({
      id: p.id,
      projectId: p.projectId,
      projectName: t.projects.name,
      districtCode: t.projects.districtCode,
      category: p.category,
      title: p.title,
      status: p.status,
      tier: p.tier,
      responsibleUnit: p.responsibleUnit,
      dueDate: p.dueDate,
    })
    .from(p)
    .innerJoin(t.projects, eq(t.projects.id, p.projectId))
    .where(scoped(scope, unresolved, lt(p.raisedAt, raisedBefore)))
    .orderBy(asc(p.dueDate), asc(p.id));
}

/** Unresolved problems in scope raised before `raisedBefore`, counted by tier and category, with the overdue ones. */
export async function unresolvedCounts(db: Db, scope: ProjectScope, asOf: string, raisedBefore: Date) {
  return db
    .select({
      tier: p.tier,
      category: p.category,
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${lt(p.dueDate, asOf)}))::int`,
    })
    .from(p)
    .innerJoin(t.projects, eq(t.projects.id, p.projectId))
    .where(scoped(scope, unresolved, lt(p.raisedAt, raisedBefore)))
    .groupBy(p.tier, p.category);
}

/** True when a problem of this id exists in any scope (an out-of-scope attempt is recorded as a denial). */
export async function problemExists(db: Tx, id: number): Promise<boolean> {
  const rows = await db.select({ id: p.id }).from(p).where(eq(p.id, id));
  return rows.length > 0;
}

/** The project a problem is raised on, if it is in the caller's scope. */
export async function projectInScope(db: Tx, projectId: number, scope: ProjectScope) {
  const [row] = await db
    .select({ id: t.projects.id, name: t.projects.name, districtCode: t.projects.districtCode })
    .from(t.projects)
    .where(and(eq(t.projects.id, projectId), scopeCondition(scope)));
  return row ?? null;
}
