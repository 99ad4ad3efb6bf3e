import { useMutation, useQueryClient } from "@tanstack/react-query";
import { rolloverDecisionListSchema } from "../../../../../src/domain/contracts/rolling-plan.js";
import { postJson } from "../../../lib/api-client.js";
import type { RolloverDecisionBody } from "../utils/rollover-drafts.js";

/** Records the decisions of a year; the recorded list, projects and rolling plan reload afterwards. */
export function useRecordDecisions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RolloverDecisionBody) =>
      postJson("/api/v1/rollover/decisions", body, rolloverDecisionListSchema),
    onSuccess: (recorded, body) => {
      queryClient.setQueryData(["rollover-decisions", body.year], recorded);
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
      void queryClient.invalidateQueries({ queryKey: ["project"] });
      void queryClient.invalidateQueries({ queryKey: ["rolling-plan"] });
    },
  });
}
