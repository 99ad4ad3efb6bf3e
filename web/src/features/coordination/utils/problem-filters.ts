import type { ProblemListQuery } from "../../../../../src/domain/contracts/problems.js";
import {
  PROBLEM_CATEGORIES,
  PROBLEM_STATUSES,
  PROBLEM_TIERS,
  type ProblemCategory,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";

export type StatusFilter = NonNullable<ProblemListQuery["status"]> | "all";

/** The board's filters as they live in the URL; the board opens on the unresolved problems. */
export interface ProblemFilters {
  status: StatusFilter;
  tier?: ProblemTier;
  category?: ProblemCategory;
  overdue?: "true" | "false";
  district?: string;
}

const STATUS_FILTERS: readonly string[] = [...PROBLEM_STATUSES, "unresolved", "all"];
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the filters from the query string, ignoring anything unknown. */
export function parseProblemFilters(params: URLSearchParams): ProblemFilters {
  const status = params.get("status");
  const district = params.get("district");
  return {
    status: status !== null && STATUS_FILTERS.includes(status) ? (status as StatusFilter) : "unresolved",
    tier: oneOf(PROBLEM_TIERS, params.get("tier")),
    category: oneOf(PROBLEM_CATEGORIES, params.get("category")),
    overdue: oneOf(["true", "false"] as const, params.get("overdue")),
    district: district && /^\d{6}$/.test(district) ? district : undefined,
  };
}

/** The filters as a query string, leaving out the defaults. */
export function serializeProblemFilters(filters: ProblemFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== "unresolved") params.set("status", filters.status);
  for (const key of ["tier", "category", "overdue", "district"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filters as the API's query parameters ("all" statuses is no status filter). */
export function problemApiQuery(filters: ProblemFilters): Record<string, string | undefined> {
  return {
    status: filters.status === "all" ? undefined : filters.status,
    tier: filters.tier,
    category: filters.category,
    overdue: filters.overdue,
    district: filters.district,
  };
}
