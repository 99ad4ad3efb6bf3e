import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectDetailSchema, type TransitionInput } from "../../../../../src/domain/contracts/project.js";
import { postJson } from "../../../lib/api-client.js";

/** Moves a project to another stage; the detail, its history and the list reload afterwards. */
export function useTransitionProject(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) =>
      postJson(`/api/v1/projects/${projectId}/transitions`, body, projectDetailSchema),
    onSuccess: (project) => {
      queryClient.setQueryData(["project", String(projectId)], project);
      void queryClient.invalidateQueries({ queryKey: ["project", String(projectId), "transitions"] });
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}
