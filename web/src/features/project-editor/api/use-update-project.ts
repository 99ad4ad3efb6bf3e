import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectDetailSchema } from "../../../../../src/domain/contracts/project.js";
import { patchJson } from "../../../lib/api-client.js";
import type { ProjectEdits } from "../utils/project-form-values.js";

export interface ProjectUpdateRequest {
  id: number;
  /** The version the edits were made on; a newer stored version answers 409 version_conflict. */
  version: number;
  edits: ProjectEdits;
}

/** Saves the changed fields of a project with the version they were made on. */
export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, edits }: ProjectUpdateRequest) =>
      patchJson(`/api/v1/projects/${id}`, { ...edits, version }, projectDetailSchema),
    onSuccess: (project) => {
      queryClient.setQueryData(["project", String(project.id)], project);
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}
