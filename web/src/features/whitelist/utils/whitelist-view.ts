import type { WhitelistEntry, WhitelistRulesInput } from "../../../../../src/domain/contracts/financing.js";
import type { CreditDecision, WhitelistStatus } from "../../../../../src/domain/financing/whitelist.js";
import type { Stage } from "../../../../../src/domain/lifecycle.js";
import type { ProjectLevel } from "../../../../../src/domain/plan.js";
import { fenToAmountInput, parseAmountInput } from "../../../lib/amount-input.js";

export const STATUS_COLORS: Record<WhitelistStatus, string> = {
  candidate: "gold",
  confirmed: "blue",
  published: "green",
  removed: "default",
};

export const DECISION_COLORS: Record<CreditDecision, string> = {
  in_review: "processing",
  approved: "success",
  declined: "error",
};

/** The rules form: the threshold is typed in 万元. */
export interface RulesFormValues {
  stages: Stage[];
  levels: ProjectLevel[];
  minGapWan: string;
  excludeRed: boolean;
}

export function rulesToForm(rules: WhitelistRulesInput): RulesFormValues {
  return {
    stages: [...rules.stages],
    levels: [...rules.levels],
    minGapWan: fenToAmountInput(rules.minGapFen),
    excludeRed: rules.excludeRed,
  };
}

/** The rules to send, or null when the threshold is not a valid amount. */
export function formToRules(values: RulesFormValues): WhitelistRulesInput | null {
  const minGap = parseAmountInput(values.minGapWan);
  if (minGap === null) return null;
  return {
    stages: values.stages,
    levels: values.levels,
    minGapFen: minGap.toString(),
    excludeRed: values.excludeRed,
  };
}

/** How many entries are in each status, for the tabs. */
export function countByStatus(entries: readonly WhitelistEntry[]): Record<WhitelistStatus, number> {
  const counts: Record<WhitelistStatus, number> = { candidate: 0, confirmed: 0, published: 0, removed: 0 };
  for (const e of entries) counts[e.status] += 1;
  return counts;
}

/** Secured over total as a percentage to one decimal, computed in integers (rounded half up); "—" for no total. */
export function securedShare(securedFen: string, totalFen: string): string {
  const total = BigInt(totalFen);
  if (total <= 0n) return "—";
  const tenths = (BigInt(securedFen) * 2000n + total) / (2n * total);
  return `${tenths / 10n}.${tenths % 10n}%`;
}
