import { useQuery } from "@tanstack/react-query";
import {
  approvalSummarySchema,
  type ApprovalSummary,
} from "../../../../../src/domain/contracts/approvals.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { APPROVALS_QUERY_KEY } from "./use-approvals.js";

/** Share within target and median speed-up of the items completed in a period, over the caller's scope. */
export function useApprovalSummary(period: { from: string; to: string }) {
  return useQuery<ApprovalSummary>({
    queryKey: [...APPROVALS_QUERY_KEY, "summary", period.from, period.to],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/approvals/summary${buildQuery(period)}`, approvalSummarySchema, signal),
  });
}
