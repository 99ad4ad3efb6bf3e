import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import { approvalOverdue, type ApprovalKind, type ApprovalStatus } from "../domain/approvals/rules.js";
import { workingCalendar } from "../domain/approvals/working-days.js";
import { allCalendarDays, dateParam, workingDaysSql } from "./calendar.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type ApprovalRow = typeof t.approvalItems.$inferSelect;
export type NewApprovalRow = typeof t.approvalItems.$inferInsert;

const a = t.approvalItems;

export type ApprovalStatusFilter = ApprovalStatus | "open" | "done";

/** The board's filters as the store applies them; `asOf` decides the statuses. */
export interface ApprovalFilters {
  status?: ApprovalStatusFilter | undefined;
  kind?: ApprovalKind | undefined;
  body?: string | undefined;
  districtCode?: string | undefined;
  /** True: past the target (open and overdue, or done late); false: within it. */
  overdue?: boolean | undefined;
  projectId?: number | undefined;
}

const doneBy = (asOf: SQL) => sql`(${a.completedOn} is not null and ${a.completedOn} <= ${asOf})`;

/**
 * Where each item stands on `asOf`, in SQL, by the same rules as `approvalStanding` in the domain:
 * working days from submission to completion (or to `asOf` while open) against the target, at risk
 * from 80 % of it. The elapsed count is taken once per row.
 */
function statusSql(asOf: SQL): SQL<ApprovalStatus> {
  const done = doneBy(asOf);
  const elapsed = workingDaysSql(
    sql`${a.submittedOn}`,
    sql`case when ${done} then ${a.completedOn} else ${asOf} end`,
  );
  return sql<ApprovalStatus>`(select case
      when ${done} then case when w.e <= ${a.targetDays} then 'done_within_target' else 'done_late' end
      when w.e > ${a.targetDays} then 'open_overdue'
      when w.e * 5 >= ${a.targetDays} * 4 then 'open_at_risk'
      else 'open_within_target' end
    from (select ${elapsed} as e) as w)`;
}

function filterConditions(filters: ApprovalFilters, asOf: string): (SQL | undefined)[] {
  const day = dateParam(asOf);
  const where: (SQL | undefined)[] = [];
  if (filters.status === "done") where.push(doneBy(day));
  else if (filters.status === "open") where.push(sql`not ${doneBy(day)}`);
  else if (filters.status) where.push(sql`${statusSql(day)} = ${filters.status}`);
  if (filters.overdue !== undefined) {
    const past = sql`${statusSql(day)} in ('open_overdue', 'done_late')`;
    where.push(filters.overdue ? past : sql`not ${past}`);
  }
  if (filters.kind) where.push(eq(a.kind, filters.kind));
  if (filters.body) where.push(eq(a.approvingBody, filters.body));
  if (filters.districtCode) where.push(eq(t.projects.districtCode, filters.districtCode));
  if (filters.projectId !== undefined) where.push(eq(a.projectId, filters.projectId));
  return where;
}

const approvalColumns = {
  item: a,
  project: {
    id: t.projects.id,
    name: t.projects.name,
    code: t.projects.code,
    districtCode: t.projects.districtCode,
  },
  createdBy: t.users.username,
};

function approvalQuery(db: Tx) {
  return db
    .select(approvalColumns)
    .from(a)
    .innerJoin(t.projects, eq(t.projects.id, a.projectId))
    .leftJoin(t.users, eq(t.users.id, a.createdBy));
}

export type FoundApproval = NonNullable<Awaited<ReturnType<typeof findApproval>>>;

/** One item with its project, if the project is in the caller's scope. */
export async function findApproval(db: Tx, id: number, scope: ProjectScope) {
  const [row] = await approvalQuery(db).where(and(eq(a.id, id), scopeCondition(scope)));
  return row ?? null;
}

export async function approvalExists(db: Tx, id: number): Promise<boolean> {
  const rows = await db.select({ id: a.id }).from(a).where(eq(a.id, id));
  return rows.length > 0;
}

/**
 * A page of items in scope, oldest submission first (the longest running open ones lead). Keyset
 * paging on (submitted_on, id); one row more than asked tells whether another page follows.
 */
export async function listApprovalPage(
  db: Db,
  scope: ProjectScope,
  filters: ApprovalFilters,
  asOf: string,
  page: { limit: number; after: { submittedOn: string; id: number } | null },
) {
  const after = page.after
    ? sql`(${a.submittedOn}, ${a.id}) > (cast(${page.after.submittedOn} as date), ${page.after.id})`
    : undefined;
  const rows = await approvalQuery(db)
    .where(and(scopeCondition(scope), ...filterConditions(filters, asOf), after))
    .orderBy(asc(a.submittedOn), asc(a.id))
    .limit(page.limit + 1);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** The project an item is recorded on, if in scope, with what the default approving body needs. */
export async function projectForApproval(db: Tx, projectId: number, scope: ProjectScope) {
  const [row] = await db
    .select({
      id: t.projects.id,
      level: t.projects.level,
      districtName: t.districts.name,
    })
    .from(t.projects)
    .leftJoin(t.districts, eq(t.districts.code, t.projects.districtCode))
    .where(and(eq(t.projects.id, projectId), scopeCondition(scope)));
  return row ?? null;
}

export async function insertApproval(tx: Tx, row: NewApprovalRow): Promise<ApprovalRow> {
  const [created] = await tx.insert(a).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function lockApproval(tx: Tx, id: number): Promise<ApprovalRow | null> {
  const [row] = await tx.select().from(a).where(eq(a.id, id)).for("update");
  return row ?? null;
}

/** Applies a change made on `version`, raising the version; null when the version has moved on. */
export async function updateApprovalRow(
  tx: Tx,
  id: number,
  version: number,
  set: Partial<NewApprovalRow>,
): Promise<ApprovalRow | null> {
  const [row] = await tx
    .update(a)
    .set({ ...set, version: sql`${a.version} + 1` })
    .where(and(eq(a.id, id), eq(a.version, version)))
    .returning();
  return row ?? null;
}

const summaryColumns = {
  kind: a.kind,
  approvingBody: a.approvingBody,
  statutoryDays: a.statutoryDays,
  targetDays: a.targetDays,
  submittedOn: a.submittedOn,
  completedOn: a.completedOn,
};

/** Items in scope completed within [from, to]. */
export async function completedApprovals(db: Db, scope: ProjectScope, from: string, to: string) {
  return db
    .select(summaryColumns)
    .from(a)
    .innerJoin(t.projects, eq(t.projects.id, a.projectId))
    .where(and(scopeCondition(scope), gte(a.completedOn, from), lte(a.completedOn, to)));
}

/** Items in scope still open on `asOf`: submitted by then and not completed by then. */
export async function openApprovals(db: Db, scope: ProjectScope, asOf: string) {
  return db
    .select(summaryColumns)
    .from(a)
    .innerJoin(t.projects, eq(t.projects.id, a.projectId))
    .where(
      and(
        scopeCondition(scope),
        lte(a.submittedOn, asOf),
        or(isNull(a.completedOn), sql`${a.completedOn} > ${dateParam(asOf)}`),
      ),
    );
}

export interface OverdueApproval {
  projectId: number;
  kind: ApprovalKind;
  approvingBody: string;
  submittedOn: string;
  /** The last working day of the target. */
  targetDue: string;
  workingDaysOverdue: number;
}

/**
 * Items open on `asOf` and past their target, over the projects `scopeWhere` selects (a condition
 * on `projects`, e.g. `scopeCondition(scope)`; undefined for all), longest overdue first. The SQL
 * finds them; the domain's `approvalOverdue` gives the due date and the working days over.
 */
export async function overdueApprovals(
  db: Tx,
  scopeWhere: SQL | undefined,
  asOf: string,
): Promise<OverdueApproval[]> {
  const day = dateParam(asOf);
  const rows = await db
    .select({
      projectId: a.projectId,
      kind: a.kind,
      approvingBody: a.approvingBody,
      submittedOn: a.submittedOn,
      completedOn: a.completedOn,
      targetDays: a.targetDays,
    })
    .from(a)
    .innerJoin(t.projects, eq(t.projects.id, a.projectId))
    .where(
      and(
        scopeWhere,
        lte(a.submittedOn, asOf),
        sql`not ${doneBy(day)}`,
        sql`${workingDaysSql(sql`${a.submittedOn}`, day)} > ${a.targetDays}`,
      ),
    )
    .orderBy(asc(a.submittedOn), asc(a.id));
  if (rows.length === 0) return [];
  const calendar = workingCalendar(await allCalendarDays(db));
  const out: OverdueApproval[] = [];
  for (const r of rows) {
    const overdue = approvalOverdue(r, asOf, calendar);
    if (!overdue) continue;
    out.push({
      projectId: r.projectId,
      kind: r.kind as ApprovalKind,
      approvingBody: r.approvingBody,
      submittedOn: r.submittedOn,
      ...overdue,
    });
  }
  return out.sort((x, y) => y.workingDaysOverdue - x.workingDaysOverdue || x.projectId - y.projectId);
}
