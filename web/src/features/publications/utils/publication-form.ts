import type { Publication, PublicationInput } from "../../../../../src/domain/contracts/publication.js";

export type ImageMediaType = PublicationInput["images"][number]["mediaType"];
export const IMAGE_MEDIA_TYPES: ImageMediaType[] = ["image/jpeg", "image/png", "image/webp", "image/svg+xml"];

/** A linked project as the search select holds it: its id and the name shown on the tag. */
export interface ProjectChoice {
  value: number;
  label: string;
}

export interface ImageRow {
  name: string;
  caption?: string;
  width: number | null;
  height: number | null;
  mediaType: ImageMediaType;
}

export interface PublicationFormValues {
  kind: Publication["kind"];
  title: string;
  body: string;
  projects: ProjectChoice[];
  images: ImageRow[];
}

/** The empty form of a new item: a case, nothing linked. */
export const EMPTY_PUBLICATION: PublicationFormValues = {
  kind: "case",
  title: "",
  body: "",
  projects: [],
  images: [],
};

/** The form's values for an existing item. */
export function toFormValues(publication: Publication): PublicationFormValues {
  return {
    kind: publication.kind,
    title: publication.title,
    body: publication.body,
    projects: publication.projects.map((p) => ({ value: p.id, label: p.name })),
    images: publication.images.map((image) => ({ ...image })),
  };
}

/** The request body for the form's values; the form's own rules have made sizes present. */
export function toPublicationInput(values: PublicationFormValues): PublicationInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    body: values.body.trim(),
    projectIds: values.projects.map((p) => p.value),
    images: values.images.map((image) => ({
      name: image.name.trim(),
      caption: (image.caption ?? "").trim(),
      width: image.width ?? 0,
      height: image.height ?? 0,
      mediaType: image.mediaType,
    })),
  };
}

/**
 * Where in the form a server-named field lives: "images.0.width" → ["images", 0, "width"], and the
 * API's projectIds is the form's projects.
 */
export function formFieldPath(field: string): (string | number)[] {
  return field
    .split(".")
    .map((part) => (part === "projectIds" ? "projects" : /^\d+$/.test(part) ? Number(part) : part));
}
