import type { z } from "zod";
import type { Ledger, ledgerQuerySchema } from "../../domain/contracts/incentives.js";
import { businessDate } from "../../domain/dates.js";
import { isMonetaryTerms } from "../../domain/incentives/terms.js";
import { versionInForce } from "../../domain/incentives/versions.js";
import { clauseTermsSchema } from "../../domain/incentives/terms.js";
import { balancesOf, ledgerRows } from "../../store/incentive-ledger.js";
import { clausesWithVersions } from "../../store/policy-clauses.js";
import { projectScope, requirePermission } from "../access.js";
import type { ServiceContext } from "../context.js";

/**
 * Awards on projects in the caller's scope by applicant, clause and year, and each applicant's
 * total under each clause against the cumulative cap in force today.
 */
export async function incentiveLedger(
  ctx: ServiceContext,
  query: z.output<typeof ledgerQuerySchema>,
): Promise<Ledger> {
  await requirePermission(ctx, "incentives.read", "incentive_ledger");
  const rows = await ledgerRows(ctx.db, await projectScope(ctx), query);
  const applicants = [...new Set(rows.map((r) => r.applicantId))];
  const balances = await balancesOf(ctx.db, applicants);
  const today = businessDate(ctx.now());
  const caps = new Map(
    (await clausesWithVersions(ctx.db)).map((c) => {
      const v = versionInForce(c.versions, today);
      const terms = v ? clauseTermsSchema.parse(v.terms) : null;
      return [c.code, terms && isMonetaryTerms(terms) ? terms.cumulativeCapPerApplicantFen : null];
    }),
  );
  const names = new Map(rows.map((r) => [r.applicantId, r.applicantName]));
  const shown = new Set(rows.map((r) => `${r.applicantId}/${r.clause}`));
  return {
    rows: rows.map((r) => ({ ...r, totalFen: r.totalFen })),
    balances: balances
      .filter((b) => shown.has(`${b.applicantId}/${b.clauseCode}`))
      .map((b) => {
        const cap = caps.get(b.clauseCode) ?? null;
        const left = cap === null ? null : BigInt(cap) - b.awardedFen;
        return {
          applicantId: b.applicantId,
          applicantName: names.get(b.applicantId) ?? "",
          clause: b.clauseCode,
          totalFen: b.awardedFen.toString(),
          cumulativeCapFen: cap,
          remainingFen: left === null ? null : (left < 0n ? 0n : left).toString(),
        };
      })
      .sort(
        (a, b) => a.applicantName.localeCompare(b.applicantName, "zh") || a.clause.localeCompare(b.clause),
      ),
  };
}
