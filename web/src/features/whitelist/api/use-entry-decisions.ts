import { useQuery } from "@tanstack/react-query";
import { creditDecisionListSchema } from "../../../../../src/domain/contracts/financing.js";
import { fetchJson } from "../../../lib/api-client.js";

/** The decisions on an entry the caller may see, newest first; fetched only while `entryId` is set. */
export function useEntryDecisions(entryId: number | null) {
  return useQuery({
    queryKey: ["credit-decisions", entryId],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/whitelist/${entryId}/decisions`, creditDecisionListSchema, signal),
    enabled: entryId !== null,
  });
}
