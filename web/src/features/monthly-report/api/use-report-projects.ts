import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { projectPageSchema, type ProjectListItem } from "../../../../../src/domain/contracts/project.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

const RESULTS = 100;

/**
 * The projects the caller may report on whose name or code contains the text, by name; the server
 * limits them to the caller's scope, so an owner sees its own.
 */
export function useReportProjects(text: string) {
  const query = buildQuery({ q: text.trim(), sort: "name", order: "asc", limit: RESULTS });
  return useQuery<ProjectListItem[]>({
    queryKey: ["projects", "for-reports", query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects${query}`, projectPageSchema, signal)).items,
    placeholderData: keepPreviousData,
  });
}
