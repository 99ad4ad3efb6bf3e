import { useQuery } from "@tanstack/react-query";
import { whitelistSettingsSchema } from "../../../../../src/domain/contracts/financing.js";
import { fetchJson } from "../../../lib/api-client.js";

/** The rules in force that propose candidates. */
export function useWhitelistSettings() {
  return useQuery({
    queryKey: ["whitelist-settings"],
    queryFn: ({ signal }) => fetchJson("/api/v1/whitelist/settings", whitelistSettingsSchema, signal),
  });
}
