import type { z } from "zod";
import type { Role } from "../../domain/access.js";
import type {
  Application,
  ApplicationListQuery,
  applicationInputSchema,
  applicationReviewInputSchema,
  Evidence,
  resubmitInputSchema,
  withdrawInputSchema,
} from "../../domain/contracts/incentives.js";
import { businessDate } from "../../domain/dates.js";
import { invalidFields, notFound, type FieldProblem } from "../../domain/errors.js";
import {
  afterResubmit,
  afterReview,
  assertWithdrawable,
  type ReviewDecision,
  type ReviewerRole,
} from "../../domain/incentives/application-rules.js";
import { quoteInputProblems } from "../../domain/incentives/quote.js";
import { isMonetaryTerms, type AwardLevel, type ClauseTerms } from "../../domain/incentives/terms.js";
import {
  addApplicationEvent,
  applicationEvents,
  insertApplication,
  listApplications,
  lockApplication,
  projectForIncentive,
  updateApplication,
  type ApplicationListRow,
  type QueueOwner,
} from "../../store/incentive-applications.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { termsInForce, unknownClause } from "./clauses.js";

type Events = Awaited<ReturnType<typeof applicationEvents>>;

export function presentApplication(row: ApplicationListRow, events: Events): Application {
  const a = row.application;
  return {
    id: a.id,
    clause: a.clauseCode,
    clauseZh: row.clauseZh,
    project: row.project,
    applicant: { id: a.applicantId, name: row.applicantName },
    level: (a.level as AwardLevel | null) ?? null,
    applicantIsSme: a.applicantIsSme,
    baseFen: a.baseFen.toString(),
    evidence: a.evidence as Application["evidence"],
    note: a.note,
    status: a.status as Application["status"],
    districtReview: a.districtReview,
    departmentReview: a.departmentReview,
    approvedFen: a.approvedFen?.toString() ?? null,
    decisionReason: a.decisionReason,
    submittedAt: a.submittedAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
    events: events
      .filter((e) => e.applicationId === a.id)
      .map((e) => ({
        kind: e.kind,
        role: e.role,
        reason: e.reason,
        amountFen: e.amountFen?.toString() ?? null,
        by: e.by,
        at: e.at.toISOString(),
      })),
  };
}

/** One application the caller may see (its project in scope), or 404. */
export async function getApplication(ctx: ServiceContext, id: number): Promise<Application> {
  await requirePermission(ctx, "incentives.read", "incentive_application");
  const [row] = await listApplications(ctx.db, await projectScope(ctx), { id, limit: 1 });
  if (!row) throw notFound("奖补申请", "Incentive application", id);
  return presentApplication(row, await applicationEvents(ctx.db, [id]));
}

const QUEUE_OF_ROLE: Record<Role, QueueOwner | null> = {
  district: "district",
  department: "department",
  city_admin: "city",
  owner: "owner",
  bank: null,
  auditor: null,
};

/** Applications in the caller's scope; `awaiting_me` keeps those waiting on the caller's unit. */
export async function listIncentiveApplications(
  ctx: ServiceContext,
  query: ApplicationListQuery,
): Promise<Application[]> {
  await requirePermission(ctx, "incentives.read", "incentive_application");
  const scope = await projectScope(ctx);
  const { status, ...rest } = query;
  let filters;
  if (status === "awaiting_me") {
    const roles = principalOf(ctx)?.roles ?? ["city_admin"];
    const awaiting = roles.map((r) => QUEUE_OF_ROLE[r]).filter((q): q is QueueOwner => q !== null);
    if (awaiting.length === 0) return [];
    filters = { ...rest, awaiting };
  } else filters = { ...rest, status };
  const rows = await listApplications(ctx.db, scope, filters);
  const events = await applicationEvents(
    ctx.db,
    rows.map((r) => r.application.id),
  );
  return rows.map((r) => presentApplication(r, events));
}

interface Claim {
  terms: ClauseTerms;
  level: AwardLevel | null;
  applicantIsSme: boolean;
  baseFen: bigint;
  evidence: Pick<Evidence, "name" | "sha256">[];
  totalInvestmentFen: bigint;
}

/** What is wrong with an application's figures under the clause's terms, field by field. */
function claimProblems(c: Claim): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isMonetaryTerms(c.terms)) {
    problems.push({
      field: "clause",
      message:
        c.terms.kind === "case_by_case"
          ? "一事一议条款不按规则测算，不经本流程申请"
          : c.terms.kind === "factor"
            ? "要素保障条款请提出要素保障申请"
            : "该条款不涉及奖补资金",
      messageEn:
        c.terms.kind === "case_by_case"
          ? "a case-by-case clause is not applied for through this process"
          : c.terms.kind === "factor"
            ? "raise a factor request for a factor clause"
            : "this clause pays no award",
    });
    return problems;
  }
  problems.push(...quoteInputProblems(c.terms, c.level));
  if (c.terms.eligibility === "sme" && !c.applicantIsSme)
    problems.push({
      field: "applicantIsSme",
      message: "本条款仅限中小微企业申请",
      messageEn: "only small and micro enterprises may apply under this clause",
    });
  if (c.baseFen <= 0n)
    problems.push({ field: "baseFen", message: "计算基数须大于0", messageEn: "the base must be above zero" });
  if (c.terms.base === "project_investment" && c.baseFen > c.totalInvestmentFen)
    problems.push({
      field: "baseFen",
      message: "项目投资额不能超过项目总投资",
      messageEn: "the project investment cannot exceed the project's total investment",
    });
  const seen = new Set<string>();
  for (const [i, e] of c.evidence.entries()) {
    if (seen.has(e.sha256))
      problems.push({
        field: `evidence.${i}.sha256`,
        message: `材料“${e.name}”与前面的材料内容相同`,
        messageEn: `document "${e.name}" has the same content as an earlier one`,
      });
    seen.add(e.sha256);
  }
  return problems;
}

/** An owner applies for an award under a monetary clause on one of its projects. */
export async function applyForIncentive(
  ctx: ServiceContext,
  input: z.output<typeof applicationInputSchema>,
): Promise<Application> {
  await requirePermission(ctx, "incentives.apply", "incentive_application");
  await requireWriter(ctx, "incentive_application");
  const project = await projectForIncentive(ctx.db, input.projectId, await projectScope(ctx));
  if (!project) throw notFound("项目", "Project", input.projectId);
  const found = await termsInForce(ctx.db, input.clause, businessDate(ctx.now()));
  if (found === "unknown") throw unknownClause(input.clause);
  if (!found)
    throw invalidFields([
      {
        field: "clause",
        message: `${input.clause}尚未施行`,
        messageEn: `${input.clause} is not yet in force`,
      },
    ]);
  const level = input.level ?? null;
  const baseFen = BigInt(input.baseFen);
  const problems = claimProblems({ ...input, level, baseFen, terms: found.terms, ...project });
  if (problems.length) throw invalidFields(problems);
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertApplication(tx, {
      clauseCode: input.clause,
      projectId: project.id,
      applicantId: project.ownerId,
      level,
      applicantIsSme: input.applicantIsSme,
      baseFen,
      evidence: input.evidence,
      note: input.note,
      status: "submitted",
      submittedBy: principalOf(ctx)?.userId ?? null,
      submittedAt: ctx.now(),
    });
    await addApplicationEvent(tx, {
      applicationId: created.id,
      kind: "submitted",
      role: "owner",
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "incentive_application.submitted",
      entityType: "incentive_application",
      entityId: created.id,
      after: created,
      details: { clause: input.clause, projectId: project.id, clauseVersion: found.version },
    });
    return created.id;
  });
  return getApplication(ctx, id);
}

/** The district or the lead department accepts the application or returns it with a reason. */
export async function reviewApplication(
  ctx: ServiceContext,
  id: number,
  input: z.output<typeof applicationReviewInputSchema>,
): Promise<Application> {
  await requirePermission(ctx, "incentives.review", "incentive_application");
  const role = principalOf(ctx)?.roles.find((r): r is ReviewerRole => r === "district" || r === "department");
  await getApplication(ctx, id);
  if (!role) throw notFound("奖补申请", "Incentive application", id);
  if (input.decision === "returned" && input.reason.length < 2)
    throw invalidFields([
      {
        field: "reason",
        message: "退回须说明原因",
        messageEn: "a reason is required to return an application",
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (!before) throw notFound("奖补申请", "Incentive application", id);
    const next = afterReview(
      {
        status: before.status as Application["status"],
        districtReview: before.districtReview as ReviewDecision | null,
        departmentReview: before.departmentReview as ReviewDecision | null,
      },
      role,
      input.decision,
    );
    const after = await updateApplication(tx, id, next);
    await addApplicationEvent(tx, {
      applicationId: id,
      kind: input.decision,
      role,
      reason: input.reason,
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: `incentive_application.${input.decision}`,
      entityType: "incentive_application",
      entityId: id,
      before: {
        status: before.status,
        districtReview: before.districtReview,
        departmentReview: before.departmentReview,
      },
      after: {
        status: after.status,
        districtReview: after.districtReview,
        departmentReview: after.departmentReview,
      },
      details: { role, reason: input.reason },
    });
  });
  return getApplication(ctx, id);
}

/** The owner corrects a returned application and submits it again; the reviews start over. */
export async function resubmitApplication(
  ctx: ServiceContext,
  id: number,
  input: z.output<typeof resubmitInputSchema>,
): Promise<Application> {
  await requirePermission(ctx, "incentives.apply", "incentive_application");
  await requireWriter(ctx, "incentive_application");
  await getApplication(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (!before) throw notFound("奖补申请", "Incentive application", id);
    const state = afterResubmit({
      status: before.status as Application["status"],
      districtReview: null,
      departmentReview: null,
    });
    const found = await termsInForce(tx, before.clauseCode, businessDate(ctx.now()));
    const project = await projectForIncentive(tx, before.projectId, { kind: "all" });
    if (!found || found === "unknown" || !project) throw notFound("奖补申请", "Incentive application", id);
    const claim = {
      level: input.level ?? (before.level as AwardLevel | null),
      applicantIsSme: input.applicantIsSme ?? before.applicantIsSme,
      baseFen: input.baseFen === undefined ? before.baseFen : BigInt(input.baseFen),
      evidence: input.evidence ?? before.evidence,
    };
    const problems = claimProblems({
      ...claim,
      terms: found.terms,
      totalInvestmentFen: project.totalInvestmentFen,
    });
    if (problems.length) throw invalidFields(problems);
    const after = await updateApplication(tx, id, { ...state, ...claim });
    await addApplicationEvent(tx, {
      applicationId: id,
      kind: "resubmitted",
      role: "owner",
      reason: input.note,
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "incentive_application.resubmitted",
      entityType: "incentive_application",
      entityId: id,
      before,
      after,
      details: { note: input.note },
    });
  });
  return getApplication(ctx, id);
}

/** The owner withdraws an application the city has not decided; its history stays. */
export async function withdrawApplication(
  ctx: ServiceContext,
  id: number,
  input: z.output<typeof withdrawInputSchema>,
): Promise<Application> {
  await requirePermission(ctx, "incentives.apply", "incentive_application");
  await requireWriter(ctx, "incentive_application");
  await getApplication(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (!before) throw notFound("奖补申请", "Incentive application", id);
    assertWithdrawable(before.status as Application["status"]);
    await updateApplication(tx, id, { status: "withdrawn" });
    await addApplicationEvent(tx, {
      applicationId: id,
      kind: "withdrawn",
      role: "owner",
      reason: input.reason,
      byUser: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "incentive_application.withdrawn",
      entityType: "incentive_application",
      entityId: id,
      before: { status: before.status },
      after: { status: "withdrawn" },
      details: { reason: input.reason },
    });
  });
  return getApplication(ctx, id);
}
