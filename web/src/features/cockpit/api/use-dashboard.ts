import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { dashboardSchema, type Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import type { CockpitView } from "../utils/cockpit-view.js";

/** The month's dispatch figures in the caller's scope: totals, one row per group, and the year's months. */
export function useDashboard(view: CockpitView) {
  const query = buildQuery({ month: view.month, groupBy: view.groupBy });
  return useQuery<Dashboard>({
    queryKey: ["dashboard", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/dashboard${query}`, dashboardSchema, signal),
    placeholderData: keepPreviousData,
  });
}
