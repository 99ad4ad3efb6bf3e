import type { Me } from "../../../../../src/domain/contracts/auth.js";
import {
  mayPlaceAt,
  mayResolve,
  PROBLEM_TIERS,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";

/**
 * What the signed-in caller may do with problems; the server decides anyway, this only hides
 * buttons a caller could not use.
 */
export function canCoordinate(me: Me | null | undefined): boolean {
  return Boolean(me && !me.readOnly && me.permissions.includes("problems.coordinate"));
}

/** The city resolves at any tier; the owner, district and department at their own. */
export function canResolve(me: Me | null | undefined, tier: ProblemTier): boolean {
  return Boolean(me && canCoordinate(me) && mayResolve(me.roles, tier));
}

/** The tiers a raiser may place a new problem at: its own and those below. */
export function raiseTiers(me: Me | null | undefined): ProblemTier[] {
  if (!me || !canCoordinate(me)) return [];
  return PROBLEM_TIERS.filter((tier) => mayPlaceAt(me.roles, tier));
}
