import { useQuery } from "@tanstack/react-query";
import { referenceSchema, type Reference } from "../../../src/domain/contracts/reference.js";
import { fetchJson } from "../lib/api-client.js";

/** The plan's reference data (sectors, specials, districts, label sets); it changes only with a new plan. */
export function useReference() {
  return useQuery<Reference>({
    queryKey: ["reference"],
    queryFn: ({ signal }) => fetchJson("/api/v1/reference", referenceSchema, signal),
    staleTime: Infinity,
  });
}
