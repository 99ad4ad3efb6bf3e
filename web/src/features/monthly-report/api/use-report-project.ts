import { useQuery } from "@tanstack/react-query";
import { projectDetailSchema, type ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { fetchJson } from "../../../lib/api-client.js";

/** One project's record: its completed and total investment bound what a report may add. */
export function useReportProject(id: number | undefined) {
  return useQuery<ProjectDetail>({
    queryKey: ["project", String(id)],
    queryFn: ({ signal }) => fetchJson(`/api/v1/projects/${id}`, projectDetailSchema, signal),
    enabled: id !== undefined,
  });
}
