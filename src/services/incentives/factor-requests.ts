import type { z } from "zod";
import { hasPermission } from "../../domain/access.js";
import type {
  factorEventInputSchema,
  factorListQuerySchema,
  FactorRequest,
  factorRequestInputSchema,
} from "../../domain/contracts/incentives.js";
import { businessDate, isIsoDate } from "../../domain/dates.js";
import { AppError, invalidFields, notFound } from "../../domain/errors.js";
import {
  addDays,
  assertFactorMove,
  CLOSED_FACTOR_STATUSES,
  FACTOR_DEFAULT_DAYS,
  isOverdue,
  type FactorActor,
  type FactorStatus,
} from "../../domain/incentives/factor-rules.js";
import type { FactorType } from "../../domain/incentives/terms.js";
import {
  addFactorEvent,
  factorEvents,
  insertFactorRequest,
  listFactorRequests,
  lockFactorRequest,
  updateFactorRequest,
} from "../../store/factor-requests.js";
import { projectForIncentive } from "../../store/incentive-applications.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { termsInForce, unknownClause } from "./clauses.js";

type Row = Awaited<ReturnType<typeof listFactorRequests>>[number];
type Events = Awaited<ReturnType<typeof factorEvents>>;

function present(row: Row, events: Events, today: string): FactorRequest {
  const r = row.request;
  const status = r.status as FactorStatus;
  return {
    id: r.id,
    clause: r.clauseCode,
    factor: r.factor as FactorType,
    project: row.project,
    title: r.title,
    description: r.description,
    responsibleUnit: r.responsibleUnit,
    dueDate: r.dueDate,
    overdue: isOverdue(status, r.dueDate, today),
    status,
    result: r.result,
    raisedAt: r.raisedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    events: events.filter((e) => e.requestId === r.id).map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

export async function listFactors(
  ctx: ServiceContext,
  query: z.output<typeof factorListQuerySchema>,
): Promise<FactorRequest[]> {
  await requirePermission(ctx, "incentives.read", "factor_request");
  const rows = await listFactorRequests(ctx.db, await projectScope(ctx), query);
  const events = await factorEvents(
    ctx.db,
    rows.map((r) => r.request.id),
  );
  const today = businessDate(ctx.now());
  return rows.map((r) => present(r, events, today));
}

export async function getFactorRequest(ctx: ServiceContext, id: number): Promise<FactorRequest> {
  await requirePermission(ctx, "incentives.read", "factor_request");
  const [row] = await listFactorRequests(ctx.db, await projectScope(ctx), { id });
  if (!row) throw notFound("要素保障申请", "Factor request", id);
  return present(row, await factorEvents(ctx.db, [id]), businessDate(ctx.now()));
}

/** An owner asks for a factor support on its project; it goes to the unit the clause names. */
export async function raiseFactorRequest(
  ctx: ServiceContext,
  input: z.output<typeof factorRequestInputSchema>,
): Promise<FactorRequest> {
  await requirePermission(ctx, "incentives.apply", "factor_request");
  await requireWriter(ctx, "factor_request");
  const project = await projectForIncentive(ctx.db, input.projectId, await projectScope(ctx));
  if (!project) throw notFound("项目", "Project", input.projectId);
  const today = businessDate(ctx.now());
  const found = await termsInForce(ctx.db, input.clause, today);
  if (found === "unknown") throw unknownClause(input.clause);
  if (!found || found.terms.kind !== "factor")
    throw invalidFields([
      {
        field: "clause",
        message: `${input.clause}不是现行的要素保障条款（P1-1至P1-5）`,
        messageEn: `${input.clause} is not a factor clause in force (P1-1 to P1-5)`,
      },
    ]);
  const { factor, responsibleUnit } = found.terms;
  const userId = principalOf(ctx)?.userId ?? null;
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertFactorRequest(tx, {
      clauseCode: input.clause,
      projectId: project.id,
      factor,
      title: input.title,
      description: input.description,
      responsibleUnit,
      dueDate: addDays(today, FACTOR_DEFAULT_DAYS),
      status: "open",
      raisedBy: userId,
      raisedAt: ctx.now(),
    });
    await addFactorEvent(tx, {
      requestId: created.id,
      kind: "raised",
      text: `转${responsibleUnit}办理 / routed to ${responsibleUnit}`,
      status: "open",
      dueDate: created.dueDate,
      byUser: userId,
      byRole: "owner",
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "factor_request.raised",
      entityType: "factor_request",
      entityId: created.id,
      after: created,
    });
    return created.id;
  });
  return getFactorRequest(ctx, id);
}

/** The caller's part in a request: the owner who raised it, or a unit handling it. */
function actorOf(ctx: ServiceContext): FactorActor {
  const principal = principalOf(ctx);
  if (!principal || hasPermission(principal.roles, "factors.handle")) return "handler";
  if (hasPermission(principal.roles, "incentives.apply")) return "owner";
  throw new AppError(
    403,
    "forbidden",
    "无权办理要素保障申请",
    "You are not allowed to handle factor requests",
  );
}

/**
 * A comment, a status change or a new due date on a request, each kept in its history. Handling
 * units move it to a result; the owner may comment or withdraw it.
 */
export async function updateFactor(
  ctx: ServiceContext,
  id: number,
  input: z.output<typeof factorEventInputSchema>,
): Promise<FactorRequest> {
  await requireWriter(ctx, "factor_request");
  await getFactorRequest(ctx, id);
  const actor = actorOf(ctx);
  if (input.dueDate !== undefined && actor !== "handler")
    throw new AppError(403, "forbidden", "办理期限由办理单位确定", "The handling unit sets the due date");
  if (input.dueDate !== undefined && !isIsoDate(input.dueDate))
    throw invalidFields([{ field: "dueDate", message: "不是有效日期", messageEn: "is not a real date" }]);
  const userId = principalOf(ctx)?.userId ?? null;
  const role = principalOf(ctx)?.roles[0] ?? "system";
  await ctx.db.transaction(async (tx) => {
    const before = await lockFactorRequest(tx, id);
    if (!before) throw notFound("要素保障申请", "Factor request", id);
    const from = before.status as FactorStatus;
    const to = input.status ?? from;
    if (to !== from) assertFactorMove(from, to, actor);
    const closed = CLOSED_FACTOR_STATUSES.includes(from);
    if (input.dueDate !== undefined) {
      if (closed)
        throw new AppError(
          409,
          "invalid_state",
          "申请已结束，不能再改期限",
          "The request is closed; its due date stays",
        );
      if (input.dueDate < businessDate(before.raisedAt))
        throw invalidFields([
          {
            field: "dueDate",
            message: "办理期限不能早于提出日期",
            messageEn: "the due date cannot be before the request was raised",
          },
        ]);
    }
    const closing = to !== from && CLOSED_FACTOR_STATUSES.includes(to);
    const after = await updateFactorRequest(tx, id, {
      status: to,
      dueDate: input.dueDate ?? before.dueDate,
      ...(closing ? { closedAt: ctx.now(), result: input.comment } : {}),
    });
    await addFactorEvent(tx, {
      requestId: id,
      kind: to !== from ? "status" : input.dueDate !== undefined ? "due_date" : "comment",
      text: input.comment,
      status: to !== from ? to : null,
      dueDate: input.dueDate ?? null,
      byUser: userId,
      byRole: actor === "owner" ? "owner" : role,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: to !== from ? `factor_request.${to}` : "factor_request.updated",
      entityType: "factor_request",
      entityId: id,
      before: { status: before.status, dueDate: before.dueDate },
      after: { status: after.status, dueDate: after.dueDate },
      details: { comment: input.comment },
    });
  });
  return getFactorRequest(ctx, id);
}
