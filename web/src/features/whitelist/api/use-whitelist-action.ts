import { useMutation, useQueryClient } from "@tanstack/react-query";
import { whitelistEntrySchema } from "../../../../../src/domain/contracts/financing.js";
import type { WhitelistAction } from "../../../../../src/domain/financing/whitelist.js";
import { postJson } from "../../../lib/api-client.js";

export interface EntryActionRequest {
  id: number;
  action: WhitelistAction;
  version: number;
  note?: string;
}

/** Confirms, publishes or removes an entry on the version shown; the list reloads afterwards. */
export function useWhitelistAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, version, note }: EntryActionRequest) =>
      postJson(`/api/v1/whitelist/${id}/${action}`, { version, note: note ?? "" }, whitelistEntrySchema),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["whitelist"] }),
  });
}
