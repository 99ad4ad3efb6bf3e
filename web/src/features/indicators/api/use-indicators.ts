import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { indicatorListSchema, type IndicatorList } from "../../../../../src/domain/contracts/indicators.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

export const INDICATORS_QUERY_KEY = ["indicators"] as const;

/** Every plan indicator for a period: target, recorded and computed values, progress. */
export function useIndicators(period: string) {
  const query = buildQuery({ period });
  return useQuery<IndicatorList>({
    queryKey: [...INDICATORS_QUERY_KEY, "list", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/indicators${query}`, indicatorListSchema, signal),
    placeholderData: keepPreviousData,
  });
}
