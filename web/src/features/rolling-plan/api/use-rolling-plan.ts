import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { rollingPlanSchema, type RollingPlan } from "../../../../../src/domain/contracts/rolling-plan.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import type { RollingPlanView } from "../utils/rolling-plan-view.js";

/** The planned investment per year of the window, grouped by sector, special or district. */
export function useRollingPlan(view: RollingPlanView) {
  const query = buildQuery({ from: view.from, years: view.years, groupBy: view.groupBy });
  return useQuery<RollingPlan>({
    queryKey: ["rolling-plan", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/rolling-plan${query}`, rollingPlanSchema, signal),
    placeholderData: keepPreviousData,
  });
}
