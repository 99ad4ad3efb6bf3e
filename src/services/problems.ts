import type {
  CommentInput,
  EscalationInput,
  OpenProblem,
  Problem,
  ProblemCounts,
  ProblemDetail,
  ProblemEvent,
  ProblemInput,
  ProblemListQuery,
  ProblemPage,
  StatusInput,
} from "../domain/contracts/problems.js";
import { decodeCursor, encodeCursor } from "../domain/cursor.js";
import { businessDate, isIsoDate } from "../domain/dates.js";
import {
  addDays,
  autoEscalation,
  escalation,
  mayPlaceAt,
  mayResolve,
  MIN_TEXT,
  overdueOf,
  PROBLEM_CATEGORIES,
  PROBLEM_TIER_LABELS,
  PROBLEM_TIERS,
  statusChangeReason,
  statusChangeRefusal,
  statusTextRequired,
  type ProblemCategory,
  type ProblemStatus,
  type ProblemTier,
} from "../domain/dispatch/problems.js";
import { AppError, invalidField, invalidFields, notFound, type FieldProblem } from "../domain/errors.js";
import {
  findProblem,
  insertProblem,
  insertProblemEvent,
  listProblemPage,
  lockProblem,
  overdueBelowCity,
  problemEventsOf,
  problemExists,
  projectInScope,
  unresolvedCounts,
  unresolvedProblems,
  updateProblemRow,
  type ProblemRow,
} from "../store/problems.js";
import { projectExists } from "../store/projects.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "./access.js";
import { fieldsChangedSince, record, recordAlone, recordOutOfScope } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

/**
 * Coordination of blocking problems (要素保障、问题协调). Everyone who reads a project reads its
 * problems; the owner, district, department and city raise, comment, escalate and change status within
 * their scope (bank and auditor read only). Resolving is for the city, or for the role coordinating at
 * the problem's current tier. Changes of status and tier name the version they were made on.
 */

type Found = NonNullable<Awaited<ReturnType<typeof findProblem>>>;
type Person = { username: string | null; displayName: string | null; organisation: string | null } | null;

const todayOf = (ctx: ServiceContext) => businessDate(ctx.now());

/** The first instant after a business date ends in Asia/Shanghai. */
const endOfBusinessDay = (date: string) => new Date(`${addDays(date, 1)}T00:00:00+08:00`);

function person(p: Person): Problem["raisedBy"] {
  if (!p?.username) return null;
  return { username: p.username, displayName: p.displayName ?? "", organisation: p.organisation ?? "" };
}

function present({ problem: r, project, raiser }: Found, today: string): Problem {
  const status = r.status as ProblemStatus;
  return {
    id: r.id,
    project,
    category: r.category as ProblemCategory,
    title: r.title,
    description: r.description,
    responsibleUnit: r.responsibleUnit,
    dueDate: r.dueDate,
    status,
    tier: r.tier as ProblemTier,
    raisedBy: person(raiser),
    raisedAt: r.raisedAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    version: r.version,
    ...overdueOf({ status, dueDate: r.dueDate }, today),
  };
}

function presentEvent({ event: e, by }: Awaited<ReturnType<typeof problemEventsOf>>[number]): ProblemEvent {
  return {
    id: e.id,
    kind: e.kind as ProblemEvent["kind"],
    text: e.text,
    fromTier: e.fromTier as ProblemTier | null,
    toTier: e.toTier as ProblemTier | null,
    status: e.status as ProblemStatus | null,
    by: person(by),
    at: e.at.toISOString(),
  };
}

/** A 422 naming every field whose value is well formed but not acceptable. */
function unprocessable(problems: FieldProblem[]): AppError {
  const e = invalidFields(problems);
  return new AppError(422, e.code, e.messageZh, e.messageEn, e.field, e.details);
}

/** A due date must be a real calendar date, today or later. */
function dueDateProblems(field: string, dueDate: string, today: string): FieldProblem[] {
  if (!isIsoDate(dueDate))
    return [{ field, message: `“${dueDate}”不是有效日期`, messageEn: `"${dueDate}" is not a calendar date` }];
  if (dueDate < today)
    return [
      {
        field,
        message: `办结期限不能早于今天（${today}）`,
        messageEn: `the due date cannot be before today (${today})`,
      },
    ];
  return [];
}

async function mayCoordinate(ctx: ServiceContext): Promise<void> {
  await requirePermission(ctx, "problems.coordinate", "problem");
  await requireWriter(ctx, "problem");
}

async function visibleProject(ctx: ServiceContext, projectId: number) {
  const project = await projectInScope(ctx.db, projectId, await projectScope(ctx));
  if (project) return project;
  if (await projectExists(ctx.db, projectId)) await recordOutOfScope(ctx, "project", projectId);
  throw notFound("项目", "Project", projectId);
}

/** The problem if its project is in scope; otherwise the same 404 as a missing one, the attempt recorded. */
async function visibleProblem(ctx: ServiceContext, id: number): Promise<Found> {
  const found = await findProblem(ctx.db, id, await projectScope(ctx));
  if (found) return found;
  if (await problemExists(ctx.db, id)) await recordOutOfScope(ctx, "problem", id);
  throw notFound("问题", "Problem", id);
}

/** Raises a problem on a project in the caller's scope, at the owner tier unless the raiser says otherwise. */
export async function raiseProblem(
  ctx: ServiceContext,
  projectId: number,
  input: ProblemInput,
): Promise<ProblemDetail> {
  await mayCoordinate(ctx);
  await visibleProject(ctx, projectId);
  const principal = principalOf(ctx);
  const today = todayOf(ctx);
  const tier = input.tier ?? "owner";
  const problems = dueDateProblems("dueDate", input.dueDate, today);
  if (principal && !mayPlaceAt(principal.roles, tier)) {
    problems.push({
      field: "tier",
      message: `不能把问题直接放在高于本单位的层级（${PROBLEM_TIER_LABELS[tier].zh}）`,
      messageEn: `a problem cannot be placed above the raiser's own tier (${PROBLEM_TIER_LABELS[tier].en})`,
    });
  }
  if (problems.length) throw unprocessable(problems);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertProblem(tx, {
      projectId,
      category: input.category,
      title: input.title,
      description: input.description,
      responsibleUnit: input.responsibleUnit,
      dueDate: input.dueDate,
      status: "open",
      tier,
      raisedBy: principal?.userId ?? null,
      raisedAt: ctx.now(),
    });
    await insertProblemEvent(tx, {
      problemId: row.id,
      kind: "raised",
      text: input.title,
      toTier: tier,
      status: "open",
      byUser: principal?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "problem.raised",
      entityType: "problem",
      entityId: row.id,
      after: row,
      details: { projectId },
    });
    return row.id;
  });
  return getProblem(ctx, id);
}

/** A page of the problems in scope, most urgent (earliest due) first. */
export async function listProblems(ctx: ServiceContext, query: ProblemListQuery): Promise<ProblemPage> {
  const scope = await projectScope(ctx);
  let after: { dueDate: string; id: number } | null = null;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (
      !cursor ||
      cursor.sort !== "dueDate" ||
      cursor.order !== "asc" ||
      !isIsoDate(cursor.key) ||
      cursor.id < 1 ||
      cursor.id > 2_147_483_647
    ) {
      throw invalidField(
        "cursor",
        "游标无效，请从第一页重新查询",
        "the cursor is invalid; start again from the first page",
      );
    }
    after = { dueDate: cursor.key, id: cursor.id };
  }
  const today = todayOf(ctx);
  const { rows, hasMore } = await listProblemPage(
    ctx.db,
    scope,
    {
      status: query.status,
      tier: query.tier,
      category: query.category,
      overdue: query.overdue === undefined ? undefined : query.overdue === "true",
      projectId: query.project,
      districtCode: query.district,
    },
    today,
    { limit: query.limit, after },
  );
  const last = rows.at(-1);
  return {
    items: rows.map((row) => present(row, today)),
    nextCursor:
      hasMore && last
        ? encodeCursor({ sort: "dueDate", order: "asc", key: last.problem.dueDate, id: last.problem.id })
        : null,
  };
}

/** Every problem of one project in scope, earliest due first (a project has a handful, not hundreds). */
export async function listProjectProblems(ctx: ServiceContext, projectId: number): Promise<Problem[]> {
  await visibleProject(ctx, projectId);
  const today = todayOf(ctx);
  const { rows } = await listProblemPage(ctx.db, await projectScope(ctx), { projectId }, today, {
    limit: 1000,
    after: null,
  });
  return rows.map((row) => present(row, today));
}

/** One problem in scope with its events, oldest first. */
export async function getProblem(ctx: ServiceContext, id: number): Promise<ProblemDetail> {
  const found = await visibleProblem(ctx, id);
  const events = await problemEventsOf(ctx.db, id);
  return { ...present(found, todayOf(ctx)), events: events.map(presentEvent) };
}

/** Adds a comment; it changes neither status nor tier, so it needs no version. */
export async function commentOnProblem(
  ctx: ServiceContext,
  id: number,
  input: CommentInput,
): Promise<ProblemDetail> {
  await mayCoordinate(ctx);
  await visibleProblem(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await insertProblemEvent(tx, {
      problemId: id,
      kind: "comment",
      text: input.text,
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "problem.commented",
      entityType: "problem",
      entityId: id,
      details: { text: input.text },
    });
  });
  return getProblem(ctx, id);
}

async function versionConflict(
  ctx: ServiceContext,
  id: number,
  version: number,
  current: ProblemRow,
): Promise<AppError> {
  return new AppError(
    409,
    "version_conflict",
    `问题已被他人处理（您依据的是第 ${version} 版，当前为第 ${current.version} 版），请刷新后重试`,
    `The problem was changed by someone else (you acted on version ${version}, it is now ${current.version}); reload and retry`,
    "version",
    undefined,
    {
      current: await getProblem(ctx, id),
      changedFields: await fieldsChangedSince(ctx, "problem", id, version),
    },
  );
}

/** Moves an unresolved problem one tier up by hand, with a reason and a new due date (10 days on by default). */
export async function escalateProblem(
  ctx: ServiceContext,
  id: number,
  input: EscalationInput,
): Promise<ProblemDetail> {
  await mayCoordinate(ctx);
  await visibleProblem(ctx, id);
  const today = todayOf(ctx);
  if (input.dueDate !== undefined) {
    const problems = dueDateProblems("dueDate", input.dueDate, today);
    if (problems.length) throw unprocessable(problems);
  }
  const stale = await ctx.db.transaction(async (tx) => {
    const row = await lockProblem(tx, id);
    if (!row) throw notFound("问题", "Problem", id);
    if (row.version !== input.version) return row;
    const change = escalation(
      { status: row.status as ProblemStatus, tier: row.tier as ProblemTier },
      today,
      input.dueDate,
    );
    if (!change.ok) {
      throw new AppError(409, "not_escalatable", change.reason.zh, change.reason.en, "tier");
    }
    const updated = await updateProblemRow(tx, id, row.version, {
      tier: change.tier,
      dueDate: change.dueDate,
    });
    if (!updated) return row;
    await insertProblemEvent(tx, {
      problemId: id,
      kind: "escalated",
      text: input.reason,
      fromTier: change.fromTier,
      toTier: change.tier,
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "problem.escalated",
      entityType: "problem",
      entityId: id,
      before: row,
      after: updated,
      details: { reason: input.reason, rule: change.reason },
    });
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, input.version, stale);
  return getProblem(ctx, id);
}

/**
 * Starts work on a problem, resolves it (with the result in words) or reopens a resolved one
 * (with the reason). Only the city, or the role at the problem's current tier, may resolve.
 */
export async function changeProblemStatus(
  ctx: ServiceContext,
  id: number,
  input: StatusInput,
): Promise<ProblemDetail> {
  await mayCoordinate(ctx);
  await visibleProblem(ctx, id);
  const principal = principalOf(ctx);
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockProblem(tx, id);
    if (!row) throw notFound("问题", "Problem", id);
    if (row.version !== input.version) return { kind: "stale", row } as const;
    const from = row.status as ProblemStatus;
    const tier = row.tier as ProblemTier;
    if (input.status === "resolved" && principal && !mayResolve(principal.roles, tier))
      return { kind: "denied", tier } as const;
    const refused = statusChangeRefusal(from, input.status);
    if (refused)
      throw new AppError(409, "invalid_status_change", refused.reason.zh, refused.reason.en, "status");
    const needsText = statusTextRequired(from, input.status);
    if (needsText && input.text.length < MIN_TEXT) {
      throw unprocessable([{ field: "text", message: needsText.zh, messageEn: needsText.en }]);
    }
    const updated = await updateProblemRow(tx, id, row.version, {
      status: input.status,
      resolvedAt: input.status === "resolved" ? ctx.now() : null,
    });
    if (!updated) return { kind: "stale", row } as const;
    const reason = statusChangeReason(from, input.status);
    await insertProblemEvent(tx, {
      problemId: id,
      kind: "status",
      text: input.text,
      status: input.status,
      byUser: principal?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action:
        from === "resolved"
          ? "problem.reopened"
          : input.status === "resolved"
            ? "problem.resolved"
            : "problem.started",
      entityType: "problem",
      entityId: id,
      before: row,
      after: updated,
      details: { text: input.text, rule: reason },
    });
    return { kind: "done" } as const;
  });
  if (outcome.kind === "stale") throw await versionConflict(ctx, id, input.version, outcome.row);
  if (outcome.kind === "denied") {
    await recordAlone(ctx, {
      action: "access.denied",
      entityType: "problem",
      entityId: id,
      outcome: "denied",
      details: { reason: "resolve_tier", tier: outcome.tier },
    });
    const label = PROBLEM_TIER_LABELS[outcome.tier];
    throw new AppError(
      403,
      "forbidden",
      `该问题当前由${label.zh}协调，只有${label.zh}或市发展改革委可以标记为已解决`,
      `The problem is coordinated at the ${label.en.toLowerCase()} tier; only that tier or the city DRC can resolve it`,
    );
  }
  return getProblem(ctx, id);
}

export interface AutoEscalated {
  id: number;
  projectId: number;
  title: string;
  fromTier: ProblemTier;
  toTier: ProblemTier;
  daysOverdue: number;
  dueDate: string;
}

/**
 * Moves every overdue problem one tier up with a new due date, each in its own transaction and
 * audited as the system. Meant for `newinfra problems escalate` and a daily timer; a user cannot call it.
 */
export async function escalateOverdue(
  ctx: ServiceContext,
): Promise<{ asOf: string; escalated: AutoEscalated[] }> {
  if (ctx.actor.kind !== "system")
    throw new AppError(
      403,
      "forbidden",
      "逾期自动提级仅由系统执行",
      "Overdue escalation runs as the system only",
    );
  const today = todayOf(ctx);
  const escalated: AutoEscalated[] = [];
  for (const id of await overdueBelowCity(ctx.db, today)) {
    const done = await ctx.db.transaction(async (tx) => {
      const row = await lockProblem(tx, id);
      if (!row) return null;
      const status = row.status as ProblemStatus;
      const change = autoEscalation({ status, tier: row.tier as ProblemTier, dueDate: row.dueDate }, today);
      if (!change) return null;
      const updated = await updateProblemRow(tx, id, row.version, {
        tier: change.tier,
        dueDate: change.dueDate,
      });
      if (!updated) return null;
      const { daysOverdue } = overdueOf({ status, dueDate: row.dueDate }, today);
      await insertProblemEvent(tx, {
        problemId: id,
        kind: "auto_escalated",
        text: change.reason.zh,
        fromTier: change.fromTier,
        toTier: change.tier,
        byUser: null,
        at: ctx.now(),
      });
      await record(ctx, tx, {
        action: "problem.auto_escalated",
        entityType: "problem",
        entityId: id,
        before: row,
        after: updated,
        details: { reason: change.reason, daysOverdue },
      });
      return {
        id,
        projectId: row.projectId,
        title: row.title,
        fromTier: change.fromTier,
        toTier: change.tier,
        daysOverdue,
        dueDate: change.dueDate,
      };
    });
    if (done) escalated.push(done);
  }
  return { asOf: today, escalated };
}

function checkAsOf(asOf: string): void {
  if (!isIsoDate(asOf))
    throw unprocessable([
      { field: "asOf", message: `“${asOf}”不是有效日期`, messageEn: `"${asOf}" is not a calendar date` },
    ]);
}

/**
 * The unresolved problems in scope as of a business date, for the monthly bulletin and the dashboards:
 * problems raised by the end of `asOf` and not resolved now, overdue counted against `asOf`, overdue
 * first (then by due date). Tier and due date are the current ones.
 */
export async function openProblems(ctx: ServiceContext, { asOf }: { asOf: string }): Promise<OpenProblem[]> {
  checkAsOf(asOf);
  const rows = await unresolvedProblems(ctx.db, await projectScope(ctx), endOfBusinessDay(asOf));
  // Rows come earliest due first, so the overdue ones (due before asOf) lead, the longest overdue first.
  return rows.map((r) => {
    const status = r.status as ProblemStatus;
    return {
      ...r,
      category: r.category as ProblemCategory,
      status,
      tier: r.tier as ProblemTier,
      ...overdueOf({ status, dueDate: r.dueDate }, asOf),
    };
  });
}

/** How many problems in scope are unresolved as of a business date, how many overdue, by tier and category. */
export async function problemCounts(ctx: ServiceContext, asOf: string): Promise<ProblemCounts> {
  checkAsOf(asOf);
  const rows = await unresolvedCounts(ctx.db, await projectScope(ctx), asOf, endOfBusinessDay(asOf));
  const byTier = Object.fromEntries(PROBLEM_TIERS.map((t) => [t, 0])) as Record<ProblemTier, number>;
  const byCategory = Object.fromEntries(PROBLEM_CATEGORIES.map((c) => [c, 0])) as Record<
    ProblemCategory,
    number
  >;
  let open = 0;
  let overdue = 0;
  for (const row of rows) {
    open += row.open;
    overdue += row.overdue;
    byTier[row.tier as ProblemTier] += row.open;
    byCategory[row.category as ProblemCategory] += row.open;
  }
  return { asOf, open, overdue, byTier, byCategory };
}
