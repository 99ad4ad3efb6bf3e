import type { z } from "zod";
import type {
  rolloverDecisionBodySchema,
  rolloverProposalSchema,
} from "../../../../../src/domain/contracts/rolling-plan.js";
import { parseAmountInput } from "../../../lib/amount-input.js";
import { parseFen } from "../../../lib/money-display.js";

export type RolloverProposal = z.infer<typeof rolloverProposalSchema>;
export type SectorProposal = RolloverProposal["sectors"][number];
export type ProposedProject = SectorProposal["proposals"][number];
export type RolloverDecisionBody = z.input<typeof rolloverDecisionBodySchema>;

export type Decision = "accepted" | "rejected";
export interface DecisionDraft {
  decision: Decision;
  note: string;
}

/** One draft per proposed project: accepted when the proposal selected it, rejected otherwise, no note. */
export function initialDrafts(proposal: RolloverProposal): Record<number, DecisionDraft> {
  const drafts: Record<number, DecisionDraft> = {};
  for (const sector of proposal.sectors) {
    for (const project of sector.proposals) {
      drafts[project.projectId] = { decision: project.selected ? "accepted" : "rejected", note: "" };
    }
  }
  return drafts;
}

/** The decisions to record, in the proposal's order; a project without a draft keeps the proposal's choice. */
export function decisionsBody(
  proposal: RolloverProposal,
  drafts: Record<number, DecisionDraft>,
): RolloverDecisionBody {
  const decisions = proposal.sectors.flatMap((sector) =>
    sector.proposals.map((project) => {
      const draft = drafts[project.projectId];
      return {
        projectId: project.projectId,
        decision: draft?.decision ?? (project.selected ? "accepted" : "rejected"),
        note: draft?.note.trim() ?? "",
      };
    }),
  );
  return { year: proposal.year, decisions };
}

export interface TargetsParse {
  targets: { sectorCode: string; targetFen: string }[];
  /** Sectors whose typed target is not a valid 亿元 amount. */
  invalid: string[];
}

/** The per-sector targets typed in 亿元 as fen; sectors left empty are not asked about. */
export function parseTargets(
  sectorCodes: readonly string[],
  typed: Record<string, string | undefined>,
): TargetsParse {
  const result: TargetsParse = { targets: [], invalid: [] };
  for (const sectorCode of sectorCodes) {
    const text = typed[sectorCode]?.trim();
    if (!text) continue;
    const fen = parseAmountInput(text, "yi");
    if (fen === null) result.invalid.push(sectorCode);
    else result.targets.push({ sectorCode, targetFen: fen.toString() });
  }
  return result;
}

/** The selected investment as a whole percentage of the target (0 when there is no target). */
export function shareOfTarget(selectedFen: string, targetFen: string): number {
  const target = parseFen(targetFen);
  if (target <= 0n) return 0;
  return Number((parseFen(selectedFen) * 100n) / target);
}
