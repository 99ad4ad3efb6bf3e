import { useQuery } from "@tanstack/react-query";
import { fundingSchema, type Funding } from "../../../../../src/domain/contracts/financing.js";
import { fetchJson } from "../../../lib/api-client.js";

/** A project's funding by source against what is secured, with the gap. */
export function useFunding(projectId: number) {
  return useQuery<Funding>({
    queryKey: ["funding", projectId],
    queryFn: ({ signal }) => fetchJson(`/api/v1/projects/${projectId}/funding`, fundingSchema, signal),
  });
}
