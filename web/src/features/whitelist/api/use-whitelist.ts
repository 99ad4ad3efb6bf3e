import { useQuery } from "@tanstack/react-query";
import { whitelistListSchema } from "../../../../../src/domain/contracts/financing.js";
import type { WhitelistStatus } from "../../../../../src/domain/financing/whitelist.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

/** The whitelist as the caller may see it (every status for the city, the published part for a bank). */
export function useWhitelist(status?: WhitelistStatus) {
  return useQuery({
    queryKey: ["whitelist", status ?? "all"],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/whitelist${buildQuery({ status })}`, whitelistListSchema, signal),
  });
}
