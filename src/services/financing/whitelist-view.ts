import type { CreditDecisionRecord, WhitelistEntry } from "../../domain/contracts/financing.js";
import { whitelistReasonSchema } from "../../domain/contracts/financing.js";
import type { CreditDecision, WhitelistStatus } from "../../domain/financing/whitelist.js";
import type { Stage } from "../../domain/lifecycle.js";
import type { ProjectLevel } from "../../domain/plan.js";
import type { Db } from "../../store/db.js";
import { latestDecisions, listEntries, type EntryFilter } from "../../store/whitelist.js";
import { principalOf } from "../access.js";
import type { ServiceContext } from "../context.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

/**
 * What of the whitelist a caller sees: the city and the auditor every entry and every bank's decisions;
 * a bank the published entries and its own organisation's decisions only.
 */
export interface WhitelistView {
  statuses: WhitelistStatus[] | null;
  bankId: number | null;
}

export function whitelistView(ctx: ServiceContext): WhitelistView {
  const principal = principalOf(ctx);
  if (!principal || principal.roles.some((r) => r === "city_admin" || r === "auditor"))
    return { statuses: null, bankId: null };
  return { statuses: ["published"], bankId: principal.organisationId };
}

type DecisionRow = Awaited<ReturnType<typeof latestDecisions>>[number];

export function presentDecision(d: DecisionRow): CreditDecisionRecord {
  return {
    id: d.id,
    entryId: d.entryId,
    bank: { id: d.bankId, name: d.bankName },
    decision: d.decision as CreditDecision,
    amountFen: d.amountFen.toString(),
    note: d.note,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
  };
}

const reasonsOf = (value: unknown[]) =>
  value.flatMap((r) => {
    const parsed = whitelistReasonSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });

/** Entries as the caller may see them, each with the banks' latest decisions it may see. */
export async function presentEntries(
  db: Tx,
  view: WhitelistView,
  filter: EntryFilter,
): Promise<WhitelistEntry[]> {
  const statuses = view.statuses
    ? filter.statuses
      ? filter.statuses.filter((s) => view.statuses?.includes(s as WhitelistStatus))
      : view.statuses
    : filter.statuses;
  const rows = await listEntries(db, { ...filter, ...(statuses ? { statuses } : {}) });
  const decisions = await latestDecisions(
    db,
    rows.map((r) => r.entry.id),
    view.bankId,
  );
  return rows.map(({ entry, confirmedBy, project, ownerName, securedFen }) => ({
    id: entry.id,
    status: entry.status as WhitelistStatus,
    version: entry.version,
    reasons: reasonsOf(entry.reasons),
    gapFenAtProposal: entry.gapFen.toString(),
    note: entry.note,
    proposedAt: entry.proposedAt.toISOString(),
    confirmedBy,
    confirmedAt: entry.confirmedAt?.toISOString() ?? null,
    publishedAt: entry.publishedAt?.toISOString() ?? null,
    removedAt: entry.removedAt?.toISOString() ?? null,
    project: {
      ...project,
      stage: project.stage as Stage,
      level: project.level as ProjectLevel,
      ownerName,
      totalInvestmentFen: project.totalInvestmentFen.toString(),
      securedFen,
      gapFen: (project.totalInvestmentFen - BigInt(securedFen)).toString(),
    },
    decisions: decisions.filter((d) => d.entryId === entry.id).map(presentDecision),
  }));
}
