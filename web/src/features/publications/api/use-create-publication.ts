import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  publicationSchema,
  type Publication,
  type PublicationInput,
} from "../../../../../src/domain/contracts/publication.js";
import { postJson } from "../../../lib/api-client.js";
import { PUBLICATIONS_QUERY_KEY } from "./use-publications.js";

/** Creates a draft. */
export function useCreatePublication() {
  const client = useQueryClient();
  return useMutation<Publication, Error, PublicationInput>({
    mutationFn: (input) => postJson("/api/v1/publications", input, publicationSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: PUBLICATIONS_QUERY_KEY }),
  });
}
