import { useQuery } from "@tanstack/react-query";
import { projectCountSchema } from "../../../../../src/domain/contracts/project.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { countQuery, type ListView } from "../utils/list-view.js";

/** How many projects match the filters and their total investment; loaded apart from the first page. */
export function useProjectCount(view: ListView) {
  const query = buildQuery(countQuery(view));
  return useQuery({
    queryKey: ["projects", "count", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/projects/count${query}`, projectCountSchema, signal),
  });
}
