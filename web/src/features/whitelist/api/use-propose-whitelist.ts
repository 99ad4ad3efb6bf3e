import { useMutation, useQueryClient } from "@tanstack/react-query";
import { proposalResultSchema } from "../../../../../src/domain/contracts/financing.js";
import { postJson } from "../../../lib/api-client.js";

/** Runs the rules over the library and adds the new candidates; the list reloads afterwards. */
export function useProposeWhitelist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postJson("/api/v1/whitelist/proposals", undefined, proposalResultSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["whitelist"] }),
  });
}
