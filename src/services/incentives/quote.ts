import type { QuoteInput, QuoteResult } from "../../domain/contracts/incentives.js";
import { businessDate } from "../../domain/dates.js";
import { invalidFields, notFound } from "../../domain/errors.js";
import { quoteAward, quoteInputProblems, type Quote } from "../../domain/incentives/quote.js";
import { fen, type Fen } from "../../domain/money.js";
import { receivedUnder, visibleApplicant } from "../../store/incentive-ledger.js";
import { projectScope, requirePermission } from "../access.js";
import type { ServiceContext } from "../context.js";
import { termsInForce, unknownClause } from "./clauses.js";

/** A domain quote in its API form. */
export function presentQuote(
  q: Quote,
  extra: Pick<QuoteResult, "version" | "kind" | "applicant" | "year" | "asOf">,
): QuoteResult {
  return {
    clause: q.clauseCode,
    ...extra,
    eligible: q.eligible,
    maxAwardFen: q.maxAwardFen?.toString() ?? null,
    itemMaxFen: q.itemMaxFen?.toString() ?? null,
    binding: q.binding,
    steps: q.steps.map((s) => ({ ...s, amountFen: s.amountFen?.toString() ?? null })),
  };
}

/**
 * The most a clause would pay, reckoned under the version in force on the date asked. Naming an
 * applicant (one the caller may see) deducts what it already received under the clause.
 */
export async function quoteIncentive(ctx: ServiceContext, input: QuoteInput): Promise<QuoteResult> {
  await requirePermission(ctx, "incentives.read", "incentive_quote");
  const asOf = input.date ?? businessDate(ctx.now());
  const year = input.year ?? Number(asOf.slice(0, 4));
  const found = await termsInForce(ctx.db, input.clause, asOf);
  if (found === "unknown") throw unknownClause(input.clause);
  if (!found)
    throw invalidFields([
      {
        field: "date",
        message: `${input.clause}在${asOf}尚未施行`,
        messageEn: `${input.clause} was not yet in force on ${asOf}`,
      },
    ]);
  const level = input.level ?? null;
  const problems = quoteInputProblems(found.terms, level);
  if (problems.length) throw invalidFields(problems);

  let applicant: QuoteResult["applicant"] = null;
  let received: { cumulativeFen: Fen; yearFen: Fen } | null = null;
  if (input.applicantId !== undefined) {
    const org = await visibleApplicant(ctx.db, input.applicantId, await projectScope(ctx));
    if (!org) throw notFound("申请单位", "Applicant", input.applicantId);
    const sums = await receivedUnder(ctx.db, org.id, input.clause, year);
    received = { cumulativeFen: fen(sums.cumulativeFen), yearFen: fen(sums.yearFen) };
    applicant = {
      id: org.id,
      name: org.name,
      receivedFen: sums.cumulativeFen.toString(),
      yearReceivedFen: sums.yearFen.toString(),
    };
  }
  const q = quoteAward({
    clauseCode: input.clause,
    terms: found.terms,
    level,
    baseFen: fen(BigInt(input.baseFen)),
    applicantIsSme: input.applicantIsSme ?? null,
    year,
    received,
  });
  return presentQuote(q, { version: found.version, kind: found.terms.kind, applicant, year, asOf });
}
