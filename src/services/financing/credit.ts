import type { CreditDecisionInput, CreditDecisionRecord } from "../../domain/contracts/financing.js";
import { AppError, invalidFields, notFound } from "../../domain/errors.js";
import { creditDecisionProblem } from "../../domain/financing/whitelist.js";
import { fen } from "../../domain/money.js";
import { decisionHistory, insertDecision, lockEntry } from "../../store/whitelist.js";
import { principalOf, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { presentDecision, whitelistView } from "./whitelist-view.js";
import { getEntry } from "./whitelist.js";

/**
 * A bank records its credit decision on a published whitelist project: in review, approved with an
 * amount, or declined. Decisions are kept as a history; a bank's latest one is the one in force, so a
 * bank changes its decision by recording a new one.
 */
export async function recordCreditDecision(
  ctx: ServiceContext,
  entryId: number,
  input: CreditDecisionInput,
): Promise<CreditDecisionRecord> {
  await requirePermission(ctx, "credit.decide", "bank_decision");
  await requireWriter(ctx, "bank_decision");
  const principal = principalOf(ctx);
  if (!principal)
    throw new AppError(
      403,
      "forbidden",
      "授信决定须由银行用户作出",
      "A credit decision is made by a bank's user",
    );
  const amount = fen(BigInt(input.amountFen));
  const problem = creditDecisionProblem(input.decision, amount);
  if (problem) throw invalidFields([{ field: problem.field, message: problem.zh, messageEn: problem.en }]);
  const id = await ctx.db.transaction(async (tx) => {
    // Locking the entry keeps a decision from landing on an entry being removed at the same moment.
    const entry = await lockEntry(tx, entryId);
    if (!entry || entry.status !== "published") throw notFound("白名单项", "Whitelist entry", entryId);
    const created = await insertDecision(tx, {
      entryId,
      bankId: principal.organisationId,
      decision: input.decision,
      amountFen: amount,
      note: input.note,
      decidedBy: principal.userId,
      decidedAt: ctx.now(),
    });
    await record(ctx, tx, {
      action: "bank_decision.recorded",
      entityType: "bank_decision",
      entityId: created,
      after: { entryId, decision: input.decision, amountFen: amount, note: input.note },
      details: { projectId: entry.projectId, bankId: principal.organisationId },
    });
    return created;
  });
  const [made] = (await decisionHistory(ctx.db, [entryId], principal.organisationId)).filter(
    (d) => d.id === id,
  );
  if (!made) throw new Error("the recorded decision cannot be read back");
  return presentDecision(made);
}

/** The decisions on an entry the caller may see: every bank's for the city, its own for a bank. Newest first. */
export async function creditDecisions(ctx: ServiceContext, entryId: number): Promise<CreditDecisionRecord[]> {
  await requirePermission(ctx, "whitelist.read", "bank_decision");
  await getEntry(ctx, entryId);
  const rows = await decisionHistory(ctx.db, [entryId], whitelistView(ctx).bankId);
  return rows.map(presentDecision);
}
