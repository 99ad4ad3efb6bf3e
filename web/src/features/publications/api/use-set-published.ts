import { useMutation, useQueryClient } from "@tanstack/react-query";
import { publicationSchema, type Publication } from "../../../../../src/domain/contracts/publication.js";
import { postJson } from "../../../lib/api-client.js";
import { PUBLICATIONS_QUERY_KEY } from "./use-publications.js";

export interface PublishChange {
  publication: Pick<Publication, "id" | "version">;
  published: boolean;
}

/** Publishes an item to the portal or withdraws it, against the version on screen. */
export function useSetPublished() {
  const client = useQueryClient();
  return useMutation<Publication, Error, PublishChange>({
    mutationFn: ({ publication, published }) =>
      postJson(
        `/api/v1/publications/${publication.id}/${published ? "publish" : "unpublish"}`,
        { version: publication.version },
        publicationSchema,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: PUBLICATIONS_QUERY_KEY }),
  });
}
