import { useQuery } from "@tanstack/react-query";
import { projectDetailSchema, type ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { fetchJson } from "../../../lib/api-client.js";

/** The project as stored, under the same cache key as its detail page so both stay in step. */
export function useProjectToEdit(id: string) {
  return useQuery<ProjectDetail>({
    queryKey: ["project", id],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/projects/${encodeURIComponent(id)}`, projectDetailSchema, signal),
  });
}
