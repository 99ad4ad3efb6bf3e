import type { z } from "zod";
import { approvalFieldProblems } from "../domain/approvals/input-rules.js";
import {
  APPROVAL_DEFAULTS,
  approvalStanding,
  defaultApprovingBody,
  maxTargetDays,
  type ApprovalKind,
} from "../domain/approvals/rules.js";
import { percentTenths, speedupOf } from "../domain/approvals/speedup.js";
import type { WorkingCalendar } from "../domain/approvals/working-days.js";
import type {
  Approval,
  approvalInputSchema,
  ApprovalListQuery,
  ApprovalPage,
  approvalUpdateSchema,
} from "../domain/contracts/approvals.js";
import { decodeCursor, encodeCursor } from "../domain/cursor.js";
import { businessDate, isIsoDate } from "../domain/dates.js";
import { AppError, invalidField, invalidFields, notFound } from "../domain/errors.js";
import {
  approvalExists,
  findApproval,
  insertApproval,
  listApprovalPage,
  lockApproval,
  projectForApproval,
  updateApprovalRow,
  type ApprovalRow,
  type FoundApproval,
  type NewApprovalRow,
} from "../store/approvals.js";
import { projectExists } from "../store/projects.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "./access.js";
import { fieldsChangedSince, record, recordOutOfScope } from "./audit-trail.js";
import { loadCalendar } from "./calendar.js";
import type { ServiceContext } from "./context.js";

/**
 * Approvals and filings of projects (备案承诺制): everyone who reads a project reads its items; the
 * owner (its own projects), the district, the lead department and the city record, complete and edit
 * them within their scope. Edits name the version they were made on. Statuses are reckoned in
 * working days on today's date.
 */

type ApprovalInput = z.output<typeof approvalInputSchema>;
type ApprovalUpdate = z.output<typeof approvalUpdateSchema>;

const todayOf = (ctx: ServiceContext) => businessDate(ctx.now());

function present(found: FoundApproval, today: string, calendar: WorkingCalendar): Approval {
  const r = found.item;
  const standing = approvalStanding(r, today, calendar);
  const done = standing.status === "done_within_target" || standing.status === "done_late";
  return {
    id: r.id,
    project: found.project,
    kind: r.kind as ApprovalKind,
    approvingBody: r.approvingBody,
    statutoryDays: r.statutoryDays,
    targetDays: r.targetDays,
    submittedOn: r.submittedOn,
    completedOn: r.completedOn,
    commitment: r.commitment,
    note: r.note,
    version: r.version,
    createdBy: found.createdBy,
    createdAt: r.createdAt.toISOString(),
    ...standing,
    speedupPct: done ? percentTenths(speedupOf(standing.elapsedDays, r.statutoryDays)) : null,
  };
}

async function mayRecord(ctx: ServiceContext): Promise<void> {
  await requirePermission(ctx, "approvals.record", "approval");
  await requireWriter(ctx, "approval");
}

async function visibleProject(ctx: ServiceContext, projectId: number) {
  const project = await projectForApproval(ctx.db, projectId, await projectScope(ctx));
  if (project) return project;
  if (await projectExists(ctx.db, projectId)) await recordOutOfScope(ctx, "project", projectId);
  throw notFound("项目", "Project", projectId);
}

async function visibleApproval(ctx: ServiceContext, id: number): Promise<FoundApproval> {
  const found = await findApproval(ctx.db, id, await projectScope(ctx));
  if (found) return found;
  if (await approvalExists(ctx.db, id)) await recordOutOfScope(ctx, "approval", id);
  throw notFound("审批事项", "Approval item", id);
}

/** One item in scope, as it stands today. */
export async function getApproval(ctx: ServiceContext, id: number): Promise<Approval> {
  const found = await visibleApproval(ctx, id);
  return present(found, todayOf(ctx), await loadCalendar(ctx.db));
}

/** Every item of one project in scope, earliest submission first (a project has a handful). */
export async function listProjectApprovals(ctx: ServiceContext, projectId: number): Promise<Approval[]> {
  await visibleProject(ctx, projectId);
  const today = todayOf(ctx);
  const { rows } = await listApprovalPage(ctx.db, await projectScope(ctx), { projectId }, today, {
    limit: 1000,
    after: null,
  });
  const calendar = await loadCalendar(ctx.db);
  return rows.map((row) => present(row, today, calendar));
}

function checkFields(fields: Parameters<typeof approvalFieldProblems>[0], today: string): void {
  const problems = approvalFieldProblems(fields, today);
  if (problems.length) throw invalidFields(problems);
}

/** Records an item on a project in scope; the limit, target and body default from its kind. */
export async function recordApproval(
  ctx: ServiceContext,
  projectId: number,
  input: ApprovalInput,
): Promise<Approval> {
  await mayRecord(ctx);
  const project = await visibleProject(ctx, projectId);
  const today = todayOf(ctx);
  const statutoryDays = input.statutoryDays ?? APPROVAL_DEFAULTS[input.kind].statutoryDays;
  const fields = {
    submittedOn: input.submittedOn,
    completedOn: input.completedOn ?? null,
    statutoryDays,
    targetDays: input.targetDays ?? maxTargetDays(statutoryDays),
  };
  checkFields(fields, today);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertApproval(tx, {
      projectId,
      kind: input.kind,
      approvingBody: input.approvingBody ?? defaultApprovingBody(input.kind, project),
      ...fields,
      commitment: input.commitment,
      note: input.note,
      createdBy: principalOf(ctx)?.userId ?? null,
      createdAt: ctx.now(),
    });
    await record(ctx, tx, {
      action: "approval.recorded",
      entityType: "approval",
      entityId: row.id,
      after: row,
      details: { projectId },
    });
    return row.id;
  });
  return getApproval(ctx, id);
}

async function versionConflict(
  ctx: ServiceContext,
  id: number,
  version: number,
  current: ApprovalRow,
): Promise<AppError> {
  return new AppError(
    409,
    "version_conflict",
    `审批事项已被他人修改（您编辑的是第 ${version} 版，当前为第 ${current.version} 版），请核对后重试`,
    `The approval item was changed by someone else (you edited version ${version}, it is now ${current.version}); review and retry`,
    "version",
    undefined,
    {
      current: await getApproval(ctx, id),
      changedFields: await fieldsChangedSince(ctx, "approval", id, version),
    },
  );
}

function actionOf(before: ApprovalRow, after: ApprovalRow): string {
  if (before.completedOn === null && after.completedOn !== null) return "approval.completed";
  if (before.completedOn !== null && after.completedOn === null) return "approval.reopened";
  return "approval.updated";
}

/**
 * Edits an item made on `version`: completes it (a completion date), reopens it (null), or corrects
 * it. A statutory limit given without a target resets the target to half of it. A stale version is
 * a 409 with the current state and the fields changed since.
 */
export async function updateApproval(
  ctx: ServiceContext,
  id: number,
  input: ApprovalUpdate,
): Promise<Approval> {
  await mayRecord(ctx);
  await visibleApproval(ctx, id);
  const { version } = input;
  if (version === undefined)
    throw invalidFields([
      {
        field: "version",
        message: "须提供所编辑的版本号（version 字段或 If-Match 请求头）",
        messageEn: "give the version you edited (version field or If-Match header)",
      },
    ]);
  const today = todayOf(ctx);
  const stale = await ctx.db.transaction(async (tx) => {
    const row = await lockApproval(tx, id);
    if (!row) throw notFound("审批事项", "Approval item", id);
    if (row.version !== version) return row;
    const statutoryDays = input.statutoryDays ?? row.statutoryDays;
    const changes: Partial<NewApprovalRow> = {
      kind: input.kind ?? row.kind,
      approvingBody: input.approvingBody ?? row.approvingBody,
      statutoryDays,
      targetDays:
        input.targetDays ??
        (input.statutoryDays !== undefined ? maxTargetDays(statutoryDays) : row.targetDays),
      submittedOn: input.submittedOn ?? row.submittedOn,
      completedOn: input.completedOn === undefined ? row.completedOn : input.completedOn,
      commitment: input.commitment ?? row.commitment,
      note: input.note ?? row.note,
    };
    checkFields(
      {
        submittedOn: changes.submittedOn ?? row.submittedOn,
        completedOn: changes.completedOn ?? null,
        statutoryDays,
        targetDays: changes.targetDays ?? row.targetDays,
      },
      today,
    );
    const updated = await updateApprovalRow(tx, id, row.version, changes);
    if (!updated) return row;
    await record(ctx, tx, {
      action: actionOf(row, updated),
      entityType: "approval",
      entityId: id,
      before: row,
      after: updated,
      details: { projectId: row.projectId },
    });
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, version, stale);
  return getApproval(ctx, id);
}

function afterOf(cursorText: string | undefined): { submittedOn: string; id: number } | null {
  if (!cursorText) return null;
  const cursor = decodeCursor(cursorText);
  if (
    !cursor ||
    cursor.sort !== "submittedOn" ||
    cursor.order !== "asc" ||
    !isIsoDate(cursor.key) ||
    cursor.id < 1 ||
    cursor.id > 2_147_483_647
  )
    throw invalidField(
      "cursor",
      "游标无效，请从第一页重新查询",
      "the cursor is invalid; start again from the first page",
    );
  return { submittedOn: cursor.key, id: cursor.id };
}

/** The board: items in scope, oldest submission first, filtered by status (as of today), kind, body, district. */
export async function listApprovals(ctx: ServiceContext, query: ApprovalListQuery): Promise<ApprovalPage> {
  const scope = await projectScope(ctx);
  const after = afterOf(query.cursor);
  const today = todayOf(ctx);
  const { rows, hasMore } = await listApprovalPage(
    ctx.db,
    scope,
    {
      status: query.status,
      kind: query.kind,
      body: query.body,
      districtCode: query.district,
      overdue: query.overdue === undefined ? undefined : query.overdue === "true",
      projectId: query.project,
    },
    today,
    { limit: query.limit, after },
  );
  const calendar = await loadCalendar(ctx.db);
  const last = rows.at(-1);
  return {
    asOf: today,
    items: rows.map((row) => present(row, today, calendar)),
    nextCursor:
      hasMore && last
        ? encodeCursor({ sort: "submittedOn", order: "asc", key: last.item.submittedOn, id: last.item.id })
        : null,
  };
}
