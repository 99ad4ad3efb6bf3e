import { useQuery } from "@tanstack/react-query";
import {
  indicatorHistorySchema,
  type IndicatorHistory,
} from "../../../../../src/domain/contracts/indicators.js";
import { fetchJson } from "../../../lib/api-client.js";
import { INDICATORS_QUERY_KEY } from "./use-indicators.js";

/** Every value recorded for an indicator, corrections included; nothing is fetched while `code` is null. */
export function useIndicatorHistory(code: string | null) {
  return useQuery<IndicatorHistory>({
    queryKey: [...INDICATORS_QUERY_KEY, "history", code],
    queryFn: ({ signal }) =>
      fetchJson(
        `/api/v1/indicators/${encodeURIComponent(code ?? "")}/values`,
        indicatorHistorySchema,
        signal,
      ),
    enabled: code !== null,
  });
}
