import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectDetailSchema, type TransitionInput } from "../../../../../src/domain/contracts/project.js";
import { apiErrorCode, postJson } from "../../../lib/api-client.js";

/**
 * Moves a project to another stage; the detail, its history and the list reload afterwards. A move
 * refused because the project changed meanwhile reloads the project, so the next try sees the change.
 */
export function useTransitionProject(projectId: number) {
  const queryClient = useQueryClient();
  const key = ["project", String(projectId)];
  return useMutation({
    mutationFn: (body: TransitionInput) =>
      postJson(`/api/v1/projects/${projectId}/transitions`, body, projectDetailSchema),
    onSuccess: (project) => {
      queryClient.setQueryData(key, project);
      void queryClient.invalidateQueries({ queryKey: [...key, "transitions"] });
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
    },
    onError: (error) => {
      if (apiErrorCode(error) === "version_conflict") void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
