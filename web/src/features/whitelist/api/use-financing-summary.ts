import { useQuery } from "@tanstack/react-query";
import { financingSummarySchema } from "../../../../../src/domain/contracts/financing.js";
import { fetchJson } from "../../../lib/api-client.js";

/** Funding planned, secured and the gap over the caller's projects, by source and by sector. */
export function useFinancingSummary() {
  return useQuery({
    queryKey: ["financing-summary"],
    queryFn: ({ signal }) => fetchJson("/api/v1/financing/summary", financingSummarySchema, signal),
  });
}
