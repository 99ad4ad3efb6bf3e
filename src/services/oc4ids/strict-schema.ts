type SchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keywords whose value is a map of name → subschema. */
const SCHEMA_MAPS = ["properties", "patternProperties", "definitions"] as const;
/** Keywords whose value is a subschema or an array of them. */
const SCHEMA_SLOTS = [
  "items",
  "additionalItems",
  "additionalProperties",
  "not",
  "allOf",
  "anyOf",
  "oneOf",
] as const;

/**
 * A deep copy of a JSON Schema in which every object schema that lists `properties` and says nothing
 * of `additionalProperties` forbids them, as the standard's own tests check its examples. Walks
 * keyword by keyword, so a property that happens to be named "properties" is not mistaken for one.
 */
export function closeObjectSchemas<T>(schema: T): T {
  const copy = structuredClone(schema);
  close(copy);
  return copy;
}

function close(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(close);
    return;
  }
  if (!isNode(node)) return;
  if (isNode(node.properties) && !("additionalProperties" in node)) node.additionalProperties = false;
  for (const keyword of SCHEMA_MAPS) {
    const map = node[keyword];
    if (isNode(map)) Object.values(map).forEach(close);
  }
  for (const keyword of SCHEMA_SLOTS) close(node[keyword]);
}
