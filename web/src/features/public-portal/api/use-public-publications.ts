import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import {
  publicPublicationSchema,
  type PublicPublication,
} from "../../../../../src/domain/contracts/publication.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import type { PublicationKind } from "../utils/publication-kind.js";

const listSchema = z.object({ items: z.array(publicPublicationSchema) });

/** The published items of one kind, for anyone; no sign-in needed. */
export function usePublicPublications(kind: PublicationKind) {
  const query = buildQuery({ kind });
  return useQuery<PublicPublication[]>({
    queryKey: ["public", "publications", query],
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/public/publications${query}`, listSchema, signal)).items,
  });
}
