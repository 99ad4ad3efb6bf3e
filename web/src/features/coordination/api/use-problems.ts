import { useInfiniteQuery } from "@tanstack/react-query";
import { problemPageSchema } from "../../../../../src/domain/contracts/problems.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { problemApiQuery, type ProblemFilters } from "../utils/problem-filters.js";

const PAGE_SIZE = 50;

export const PROBLEMS_QUERY_KEY = ["problems"] as const;

/** The problems in scope, earliest due first, one keyset page at a time. */
export function useProblems(filters: ProblemFilters) {
  const base = problemApiQuery(filters);
  return useInfiniteQuery({
    queryKey: [...PROBLEMS_QUERY_KEY, "list", buildQuery(base)],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchJson(
        `/api/v1/problems${buildQuery({ ...base, limit: PAGE_SIZE, cursor: pageParam })}`,
        problemPageSchema,
        signal,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}
