import { useQuery } from "@tanstack/react-query";
import { projectDetailSchema, type ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { fetchJson } from "../../../lib/api-client.js";

/** One project with its owner, funding, annual plans and monthly progress. */
export function useProject(id: string) {
  return useQuery<ProjectDetail>({
    queryKey: ["project", id],
    queryFn: ({ signal }) =>
      fetchJson(`/api/v1/projects/${encodeURIComponent(id)}`, projectDetailSchema, signal),
  });
}
