import type { z } from "zod";
import type { Application, decisionInputSchema } from "../../domain/contracts/incentives.js";
import { businessDate } from "../../domain/dates.js";
import { AppError, invalidFields, notFound } from "../../domain/errors.js";
import { assertDecidable } from "../../domain/incentives/application-rules.js";
import { approvalRefusal, quoteAward, quoteInputProblems } from "../../domain/incentives/quote.js";
import { isMonetaryTerms, type AwardLevel } from "../../domain/incentives/terms.js";
import { fen } from "../../domain/money.js";
import {
  addApplicationEvent,
  lockApplication,
  updateApplication,
} from "../../store/incentive-applications.js";
import { insertAward, lockBalance, receivedUnder } from "../../store/incentive-ledger.js";
import { principalOf, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { getApplication } from "./applications.js";
import { termsInForce } from "./clauses.js";

const conflict = (code: string, zh: string, en: string, field?: string) =>
  new AppError(409, code, zh, en, field);

/**
 * The city approves an amount or rejects the application with a reason. An approval is checked
 * against a fresh quote under the terms in force today, inside the transaction and after locking the
 * applicant's balance for the clause: however many approvals run at once, a shared cap is never passed.
 */
export async function decideApplication(
  ctx: ServiceContext,
  id: number,
  input: z.output<typeof decisionInputSchema>,
): Promise<Application> {
  await requirePermission(ctx, "incentives.approve", "incentive_application");
  await requireWriter(ctx, "incentive_application");
  const current = await getApplication(ctx, id);
  if (input.decision === "rejected") {
    if (input.reason.length < 2)
      throw invalidFields([
        { field: "reason", message: "不予批准须说明理由", messageEn: "a reason is required to reject" },
      ]);
    await reject(ctx, id, input.reason);
    return getApplication(ctx, id);
  }
  if (input.amountFen === undefined || BigInt(input.amountFen) <= 0n)
    throw invalidFields([
      {
        field: "amountFen",
        message: "批准须填写大于0的金额",
        messageEn: "an amount above zero is required to approve",
      },
    ]);
  await approve(ctx, id, current.applicant.id, current.clause, fen(BigInt(input.amountFen)), input.reason);
  return getApplication(ctx, id);
}

async function reject(ctx: ServiceContext, id: number, reason: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (!before) throw notFound("奖补申请", "Incentive application", id);
    assertDecidable(before.status as Application["status"], "rejected");
    const userId = principalOf(ctx)?.userId ?? null;
    await updateApplication(tx, id, {
      status: "rejected",
      decisionReason: reason,
      decidedBy: userId,
      decidedAt: ctx.now(),
    });
    await addApplicationEvent(tx, {
      applicationId: id,
      kind: "rejected",
      role: "city",
      reason,
      byUser: userId,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "incentive_application.rejected",
      entityType: "incentive_application",
      entityId: id,
      before: { status: before.status },
      after: { status: "rejected" },
      details: { reason },
    });
  });
}

async function approve(
  ctx: ServiceContext,
  id: number,
  applicantId: number,
  clauseCode: string,
  amount: ReturnType<typeof fen>,
  reason: string,
): Promise<void> {
  const today = businessDate(ctx.now());
  const year = Number(today.slice(0, 4));
  await ctx.db.transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (!before) throw notFound("奖补申请", "Incentive application", id);
    assertDecidable(before.status as Application["status"], "approved");
    await lockBalance(tx, applicantId, clauseCode);
    const found = await termsInForce(tx, clauseCode, today);
    if (!found || found === "unknown" || !isMonetaryTerms(found.terms))
      throw conflict(
        "clause_not_payable",
        `${clauseCode}现行版本不按规则给予奖补资金，不能按本申请批准`,
        `${clauseCode} as in force today pays no award by rule, so this application cannot be approved`,
      );
    const level = before.level as AwardLevel | null;
    if (quoteInputProblems(found.terms, level).length)
      throw conflict(
        "level_required",
        `${clauseCode}现行版本按项目级别设上限，本申请未载明级别，请退回补正`,
        `${clauseCode} now caps awards by project level and this application states none; return it for correction`,
      );
    const received = await receivedUnder(tx, applicantId, clauseCode, year);
    const quote = quoteAward({
      clauseCode,
      terms: found.terms,
      level,
      baseFen: fen(before.baseFen),
      applicantIsSme: before.applicantIsSme,
      year,
      received: { cumulativeFen: fen(received.cumulativeFen), yearFen: fen(received.yearFen) },
    });
    if (!quote.eligible) {
      const why = quote.steps[0];
      throw conflict("not_eligible", why?.zh ?? "不符合条件", why?.en ?? "Not eligible");
    }
    const caps = {
      cumulative: found.terms.cumulativeCapPerApplicantFen
        ? fen(BigInt(found.terms.cumulativeCapPerApplicantFen))
        : null,
      year: found.terms.capPerYearFen ? fen(BigInt(found.terms.capPerYearFen)) : null,
    };
    const refusal = approvalRefusal(quote, amount, caps, year);
    if (refusal?.kind === "over_item")
      throw invalidFields([{ field: "amountFen", message: refusal.zh, messageEn: refusal.en }]);
    if (refusal) throw conflict("cap_exceeded", refusal.zh, refusal.en, "amountFen");
    const userId = principalOf(ctx)?.userId ?? null;
    const after = await updateApplication(tx, id, {
      status: "approved",
      approvedFen: amount,
      decisionReason: reason,
      decidedBy: userId,
      decidedAt: ctx.now(),
    });
    await insertAward(tx, {
      applicationId: id,
      applicantId,
      clauseCode,
      clauseVersion: found.version,
      projectId: before.projectId,
      year,
      amountFen: amount,
      approvedBy: userId,
      at: ctx.now(),
    });
    await addApplicationEvent(tx, {
      applicationId: id,
      kind: "approved",
      role: "city",
      reason,
      amountFen: amount,
      byUser: userId,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "incentive_application.approved",
      entityType: "incentive_application",
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, approvedFen: amount.toString() },
      details: {
        clause: clauseCode,
        clauseVersion: found.version,
        year,
        receivedBeforeFen: received.cumulativeFen.toString(),
        quote: quote.steps.map((s) => s.zh),
      },
    });
  });
}
