import { PUBLICATION_KINDS } from "../../../../../src/domain/contracts/publication.js";

export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** The tab named in `?kind=`, or the first (示范案例) for anything else. */
export function parsePublicationKind(value: string | null): PublicationKind {
  return PUBLICATION_KINDS.find((kind) => kind === value) ?? PUBLICATION_KINDS[0];
}
