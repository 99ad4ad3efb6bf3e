import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  publicationSchema,
  type Publication,
  type PublicationInput,
} from "../../../../../src/domain/contracts/publication.js";
import { patchJson } from "../../../lib/api-client.js";
import { PUBLICATIONS_QUERY_KEY } from "./use-publications.js";

export interface PublicationUpdate {
  id: number;
  /** The version the user edited; a newer one on the server makes this a 409 version_conflict. */
  version: number;
  input: PublicationInput;
}

/** Saves an item's content against the version that was edited. */
export function useUpdatePublication() {
  const client = useQueryClient();
  return useMutation<Publication, Error, PublicationUpdate>({
    mutationFn: ({ id, version, input }) =>
      patchJson(`/api/v1/publications/${id}`, { ...input, version }, publicationSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: PUBLICATIONS_QUERY_KEY }),
  });
}
