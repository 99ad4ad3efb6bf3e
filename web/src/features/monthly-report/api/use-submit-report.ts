import { useMutation, useQueryClient } from "@tanstack/react-query";
import { reportSchema, type ReportInput } from "../../../../../src/domain/contracts/report.js";
import { postJson } from "../../../lib/api-client.js";
import { projectReportsKey } from "./use-project-reports.js";

/** Submits a month's report (a correction becomes the month's new version); the project's figures reload. */
export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, body }: { projectId: number; body: ReportInput }) =>
      postJson(`/api/v1/projects/${projectId}/reports`, body, reportSchema),
    onSuccess: (_report, { projectId }) => {
      void queryClient.invalidateQueries({ queryKey: projectReportsKey(projectId) });
      void queryClient.invalidateQueries({ queryKey: ["project", String(projectId)] });
      // The month's figures change everywhere they are rolled up.
      for (const key of ["projects", "report-queue", "report-status", "warnings", "dashboard"])
        void queryClient.invalidateQueries({ queryKey: [key] });
    },
  });
}
