import { useMutation, useQueryClient } from "@tanstack/react-query";
import { reportSchema } from "../../../../../src/domain/contracts/report.js";
import { postJson } from "../../../lib/api-client.js";

export interface ReviewDecision {
  reportId: number;
  decision: "accepted" | "returned";
  reason: string;
}

/** Accepts a report, or returns it with a reason; the queue and the reporting status reload. */
export function useReviewReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, decision, reason }: ReviewDecision) =>
      postJson(`/api/v1/reports/${reportId}/reviews`, { decision, reason }, reportSchema),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["report-queue"] });
      void queryClient.invalidateQueries({ queryKey: ["report-status"] });
      void queryClient.invalidateQueries({ queryKey: ["project-reports"] });
    },
  });
}
