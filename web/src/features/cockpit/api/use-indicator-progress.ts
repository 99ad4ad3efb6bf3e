import { useQuery } from "@tanstack/react-query";
import { indicatorListSchema, type IndicatorList } from "../../../../../src/domain/contracts/indicators.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

/** The plan's KPIs as they stood in the month: target, value and progress. */
export function useIndicatorProgress(month: string) {
  const query = buildQuery({ period: month });
  return useQuery<IndicatorList>({
    queryKey: ["indicators", "list", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/indicators${query}`, indicatorListSchema, signal),
  });
}
