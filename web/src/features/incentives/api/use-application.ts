import { useQuery } from "@tanstack/react-query";
import { applicationSchema, type Application } from "../../../../../src/domain/contracts/incentives.js";
import { fetchJson } from "../../../lib/api-client.js";
import { APPLICATIONS_KEY } from "./keys.js";

/** One application with its history, refreshed after every step taken on it. */
export function useApplication(id: number | null) {
  return useQuery<Application>({
    queryKey: [...APPLICATIONS_KEY, "one", id],
    enabled: id !== null,
    queryFn: ({ signal }) => fetchJson(`/api/v1/incentives/applications/${id}`, applicationSchema, signal),
  });
}
