import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { factorRequestSchema, type FactorRequest } from "../../../../../src/domain/contracts/incentives.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { FACTORS_KEY } from "./keys.js";

const listSchema = z.object({ items: z.array(factorRequestSchema) });

/** Factor requests on projects in the caller's scope. */
export function useFactorRequests(status: string | undefined) {
  const query = buildQuery({ status });
  return useQuery<FactorRequest[]>({
    queryKey: [...FACTORS_KEY, query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/incentives/factor-requests${query}`, listSchema, signal)).items,
  });
}
