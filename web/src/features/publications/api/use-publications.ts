import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { publicationSchema, type Publication } from "../../../../../src/domain/contracts/publication.js";
import { fetchJson } from "../../../lib/api-client.js";

const listSchema = z.object({ items: z.array(publicationSchema) });

export const PUBLICATIONS_QUERY_KEY = ["publications"] as const;

/** Every item, drafts included (city DRC only; the server refuses anyone else). */
export function usePublications() {
  return useQuery<Publication[]>({
    queryKey: PUBLICATIONS_QUERY_KEY,
    queryFn: async ({ signal }) => (await fetchJson("/api/v1/publications", listSchema, signal)).items,
  });
}
