import { PLAN_CATEGORIES, type PlanCategory } from "../lifecycle.js";
import { type PlanFile, type SpecialRef, specialsOf } from "../plan.js";
import { allocateAboveMinimum } from "./allocate.js";
import { splitAmounts, splitCounts } from "./category-split.js";
import type { Random } from "./random.js";
import { reconcileSpecialTotals } from "./special-totals.js";
import { specialProfile } from "./special-profiles.js";
import { type Wan, yiToWan } from "./units.js";

/** Smallest project in the demo: 500 万元. */
export const MINIMUM_PROJECT: Wan = 500n;

/** One project-to-be: its special, the plan's category for it and its total investment. */
export interface InvestmentSeed {
  special: SpecialRef;
  category: PlanCategory;
  total: Wan;
}

/** The plan's category split in the order of {@link PLAN_CATEGORIES}. */
export function categoryTargets(plan: PlanFile): { projects: number; investment: Wan }[] {
  return PLAN_CATEGORIES.map((category) => {
    const row = plan.plan.byStatus.find((s) => s.status === category);
    if (!row) throw new RangeError(`the plan gives no figures for ${category}`);
    return { projects: row.projects, investment: yiToWan(row.investmentYi) };
  });
}

/**
 * Every project's special, category and total, so that the counts match each special's target and
 * the category split exactly, each special's investment is within 0.3 亿元 of its stated figure, the
 * category investments match exactly, and every project is at least {@link MINIMUM_PROJECT}.
 */
export function planInvestments(plan: PlanFile, random: Random): InvestmentSeed[] {
  const specials = specialsOf(plan);
  const categories = categoryTargets(plan);
  const target = categories.reduce((sum, c) => sum + c.investment, 0n);
  const specialTotals = reconcileSpecialTotals(
    specials.map((s) => s.investmentYi),
    target,
  );
  const counts = splitCounts(
    specials.map((s) => s.projects),
    categories.map((c) => c.projects),
    specials.map((s) => specialProfile(s.code, s.sectorCode).categoryTilt),
    random,
  );
  const amounts = splitAmounts(
    counts,
    specialTotals,
    categories.map((c) => c.investment),
    MINIMUM_PROJECT,
    random,
  );
  return specials.flatMap((special, i) =>
    PLAN_CATEGORIES.flatMap((category, j) => {
      const n = counts[i]?.[j] ?? 0;
      if (n === 0) return [];
      const weights = Array.from({ length: n }, () => random.logNormal(0.7));
      const totals = allocateAboveMinimum(amounts[i]?.[j] ?? 0n, weights, MINIMUM_PROJECT);
      return totals.map((total) => ({ special, category, total }));
    }),
  );
}
