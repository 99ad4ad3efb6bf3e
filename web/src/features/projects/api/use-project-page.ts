import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { projectPageSchema, type ProjectPage } from "../../../../../src/domain/contracts/project.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { pageQuery, type ListView } from "../utils/list-view.js";

/** One keyset page of projects; the previous page stays on screen while the next one loads. */
export function useProjectPage(view: ListView, cursor: string | null) {
  const query = buildQuery(pageQuery(view, cursor));
  return useQuery<ProjectPage>({
    queryKey: ["projects", "page", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/projects${query}`, projectPageSchema, signal),
    placeholderData: keepPreviousData,
  });
}
