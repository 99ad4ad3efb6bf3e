export type DiffChange = "added" | "removed" | "changed" | "unchanged";

export interface DiffRow {
  /** Where the value sits: "name", "funding[0].plannedFen". */
  path: string;
  before: unknown;
  after: unknown;
  change: DiffChange;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every leaf of a JSON value by its path; empty objects and arrays are leaves of their own. */
function flatten(value: unknown, path: string, into: Map<string, unknown>): void {
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
  } else if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The leaf-by-leaf difference between an entry's before and after states, in the order the fields
 * first appear. A missing side (null: a record created or deleted) makes every row added or removed.
 */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, "", left);
  if (after !== null && after !== undefined) flatten(after, "", right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((path) => {
    const inBefore = left.has(path);
    const inAfter = right.has(path);
    const b = left.get(path);
    const a = right.get(path);
    const change: DiffChange = !inBefore
      ? "added"
      : !inAfter
        ? "removed"
        : same(b, a)
          ? "unchanged"
          : "changed";
    return { path: path || "(value)", before: b, after: a, change };
  });
}

/** A leaf for display: text as is, everything else as JSON; a missing value as an empty string. */
export function formatLeaf(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
