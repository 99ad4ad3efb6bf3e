import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { warningsSchema, type Warnings } from "../../../../../src/domain/contracts/warnings.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

/** Red, yellow and green for every project in the caller's scope in a month, with the reasons. */
export function useWarnings(month: string) {
  const query = buildQuery({ month });
  return useQuery<Warnings>({
    queryKey: ["warnings", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/warnings${query}`, warningsSchema, signal),
    placeholderData: keepPreviousData,
  });
}
