import { invalidFields } from "../../../domain/errors.js";

/** The version in an If-Match header: "3", W/"3" or 3. Absent gives undefined; anything else is a 400. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m)
    throw invalidFields([
      {
        field: "If-Match",
        message: 'If-Match 应为版本号，如 "3"',
        messageEn: 'If-Match must be a version, e.g. "3"',
      },
    ]);
  return Number(m[1]);
}

export const etagOf = (version: number) => `"${version}"`;
