const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks that objects in the same array do not share an id: projects in the package, parties,
 * locations, milestones, budget breakdowns and so on at any depth. Where the objects also carry a
 * `scheme` (identifiers, classifications), the pair must be unique: one id may appear in two schemes.
 */
export function duplicateIdErrors(value: unknown, pointer = ""): string[] {
  if (isNode(value)) {
    return Object.entries(value).flatMap(([key, child]) => duplicateIdErrors(child, `${pointer}/${key}`));
  }
  if (!Array.isArray(value)) return [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    errors.push(...duplicateIdErrors(item, `${pointer}/${index}`));
    if (!isNode(item) || (typeof item.id !== "string" && typeof item.id !== "number")) return;
    const key = `${typeof item.scheme === "string" ? item.scheme : ""}\u0000${String(item.id)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors.push(`${pointer}/${index}/id: ${JSON.stringify(item.id)} repeats ${pointer}/${first}/id`);
  });
  return errors;
}
