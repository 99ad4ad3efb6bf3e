import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { reportSchema, type Report } from "../../../../../src/domain/contracts/report.js";
import { fetchJson } from "../../../lib/api-client.js";

const reportListSchema = z.object({ items: z.array(reportSchema) });

export const projectReportsKey = (id: number | undefined) => ["project-reports", String(id)] as const;

/** Every monthly report of a project, every version, newest month first. */
export function useProjectReports(id: number | undefined) {
  return useQuery<Report[]>({
    queryKey: projectReportsKey(id),
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects/${id}/reports`, reportListSchema, signal)).items,
    enabled: id !== undefined,
  });
}
