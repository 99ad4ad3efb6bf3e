import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { projectPageSchema, type ProjectListItem } from "../../../../../src/domain/contracts/project.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

/** Projects in the caller's scope whose name or code contains the text, for choosing one to apply on. */
export function useProjectChoices(text: string) {
  const query = buildQuery({ q: text.trim(), limit: 20 });
  return useQuery<ProjectListItem[]>({
    queryKey: ["incentive-project-choices", query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects${query}`, projectPageSchema, signal)).items,
    placeholderData: keepPreviousData,
  });
}
