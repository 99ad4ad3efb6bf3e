import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectDetailSchema } from "../../../../../src/domain/contracts/project.js";
import { postJson } from "../../../lib/api-client.js";
import type { ProjectBody } from "../utils/project-form-values.js";

/** Registers a project (it starts in planning); the list and counts reload afterwards. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectBody) => postJson("/api/v1/projects", body, projectDetailSchema),
    onSuccess: (project) => {
      queryClient.setQueryData(["project", String(project.id)], project);
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}
