import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  whitelistSettingsSchema,
  type WhitelistRulesInput,
} from "../../../../../src/domain/contracts/financing.js";
import { sendJson } from "../../../lib/api-client.js";

/** Saves the rules; the next proposal uses them. */
export function useSaveWhitelistSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: WhitelistRulesInput) =>
      sendJson("PUT", "/api/v1/whitelist/settings", rules, whitelistSettingsSchema),
    onSuccess: (saved) => queryClient.setQueryData(["whitelist-settings"], saved),
  });
}
