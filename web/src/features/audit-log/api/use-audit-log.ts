import { useInfiniteQuery } from "@tanstack/react-query";
import { auditPageSchema } from "../../../../../src/domain/contracts/audit.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { auditApiFilters, type AuditFilters } from "../utils/audit-filters.js";

const PAGE_SIZE = 50;

/** The log, newest first, one keyset page at a time: "更早" fetches the page before the last seq shown. */
export function useAuditLog(filters: AuditFilters) {
  const base = auditApiFilters(filters);
  return useInfiniteQuery({
    queryKey: ["audit", "entries", buildQuery(base)],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      fetchJson(
        `/api/v1/audit${buildQuery({ ...base, limit: PAGE_SIZE, beforeSeq: pageParam })}`,
        auditPageSchema,
        signal,
      ),
    getNextPageParam: (page) => page.nextBeforeSeq,
    // Entries are written every second; the auditor refreshes on purpose (search), not on focus.
    staleTime: 0,
  });
}
