import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { applicationSchema, type Application } from "../../../../../src/domain/contracts/incentives.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { APPLICATIONS_KEY } from "./keys.js";

const listSchema = z.object({ items: z.array(applicationSchema) });

/** Applications in the caller's scope; "awaiting_me" keeps those waiting on the caller's unit. */
export function useApplications(status: string | undefined) {
  const query = buildQuery({ status });
  return useQuery<Application[]>({
    queryKey: [...APPLICATIONS_KEY, query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/incentives/applications${query}`, listSchema, signal)).items,
  });
}
