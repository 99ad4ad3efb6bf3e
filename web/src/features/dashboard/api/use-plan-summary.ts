import { useQuery } from "@tanstack/react-query";
import { planSummarySchema, type PlanSummary } from "../../../../../src/domain/contracts/plan-summary.js";
import { fetchJson } from "../../../lib/api-client.js";

/** The plan the dashboard reports on; the platform's first (and for now only) plan. */
export const DASHBOARD_PLAN_CODE = "CQ-NEWINFRA-2020-2022";

/** Plan targets against the project library: per special, sector, category, stage and district. */
export function usePlanSummary(planCode: string = DASHBOARD_PLAN_CODE) {
  return useQuery<PlanSummary>({
    queryKey: ["plan-summary", planCode],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/plans/${encodeURIComponent(planCode)}/summary`, planSummarySchema, signal),
  });
}
