import { useQuery } from "@tanstack/react-query";
import { publicPublicationSchema } from "../../../../../src/domain/contracts/publication.js";
import { fetchJson } from "../../../lib/api-client.js";

/** One published item, for anyone; a withdrawn or unknown id is a 404. */
export function usePublicPublication(id: number) {
  return useQuery({
    queryKey: ["public", "publication", id],
    queryFn: ({ signal }) => fetchJson(`/api/v1/public/publications/${id}`, publicPublicationSchema, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
