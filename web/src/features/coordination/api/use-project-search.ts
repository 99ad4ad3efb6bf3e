import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { projectPageSchema, type ProjectListItem } from "../../../../../src/domain/contracts/project.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

const RESULTS = 20;

/** Projects in scope whose name or code contains the text (the largest first when it is empty). */
export function useProjectSearch(text: string) {
  const query = buildQuery({ q: text.trim(), limit: RESULTS });
  return useQuery<ProjectListItem[]>({
    queryKey: ["coordination-project-search", query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects${query}`, projectPageSchema, signal)).items,
    placeholderData: keepPreviousData,
  });
}
