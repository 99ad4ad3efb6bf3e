/** An opaque keyset cursor: the last row's sort key and id, tied to the sort it was made for. */
export interface Cursor {
  sort: string;
  order: "asc" | "desc";
  key: string;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.id]), "utf8").toString(
    "base64url",
  );
}

/** Decodes a cursor, or returns null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [sort, order, key, id] = value as unknown[];
    if (typeof sort !== "string" || typeof key !== "string" || !Number.isSafeInteger(id)) return null;
    if (order !== "asc" && order !== "desc") return null;
    return { sort, order, key, id: id as number };
  } catch {
    return null;
  }
}
