import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  creditDecisionSchema,
  type CreditDecisionInput,
} from "../../../../../src/domain/contracts/financing.js";
import { postJson } from "../../../lib/api-client.js";

/** Records the caller's bank's decision on a published entry; the list and its history reload. */
export function useCreditDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, input }: { entryId: number; input: CreditDecisionInput }) =>
      postJson(`/api/v1/whitelist/${entryId}/decisions`, input, creditDecisionSchema),
    onSuccess: (_saved, { entryId }) => {
      void queryClient.invalidateQueries({ queryKey: ["whitelist"] });
      void queryClient.invalidateQueries({ queryKey: ["credit-decisions", entryId] });
    },
  });
}
