/**
 * The first `limit` characters of a text as one paragraph (line breaks and runs of spaces folded),
 * cut at a character boundary (never inside a surrogate pair) and ended with "…" when shortened.
 */
export function excerpt(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= limit) return flat;
  return `${chars.slice(0, limit).join("").trimEnd()}…`;
}

/** Splits a body into its paragraphs (blank-line or line-break separated), dropping empty ones. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
