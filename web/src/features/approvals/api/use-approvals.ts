import { useInfiniteQuery } from "@tanstack/react-query";
import { approvalPageSchema } from "../../../../../src/domain/contracts/approvals.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { approvalApiQuery, type ApprovalFilters } from "../utils/approval-filters.js";

const PAGE_SIZE = 50;

/** Every cached approvals query (board, summary, a project's card) starts with this key. */
export const APPROVALS_QUERY_KEY = ["approvals"] as const;

/** The items in scope, oldest submission first, one keyset page at a time. */
export function useApprovals(filters: ApprovalFilters) {
  const base = approvalApiQuery(filters);
  return useInfiniteQuery({
    queryKey: [...APPROVALS_QUERY_KEY, "board", buildQuery(base)],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchJson(
        `/api/v1/approvals${buildQuery({ ...base, limit: PAGE_SIZE, cursor: pageParam })}`,
        approvalPageSchema,
        signal,
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}
