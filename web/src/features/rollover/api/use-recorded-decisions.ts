import { useQuery } from "@tanstack/react-query";
import { rolloverDecisionListSchema } from "../../../../../src/domain/contracts/rolling-plan.js";
import { fetchJson } from "../../../lib/api-client.js";

/** The decisions recorded for a year's rollover. */
export function useRecordedDecisions(year: number | null) {
  return useQuery({
    queryKey: ["rollover-decisions", year],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/rollover/decisions?year=${year}`, rolloverDecisionListSchema, signal),
    enabled: year !== null,
  });
}
