type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const REFERENCE_DEFINITION = "#/definitions/OrganizationReference";

/** "*" stands for every element of an array. */
export type ReferencePath = readonly string[];

/**
 * Every place in the project schema that holds an OrganizationReference (publicAuthority, budget
 * breakdown sourceParty, finance financingParty, transaction payer and payee, tenderers, …), found
 * by walking the schema and following its local `$ref`s, so a new schema version brings its own.
 */
export function organizationReferencePaths(projectSchema: Node): ReferencePath[] {
  const definitions = isNode(projectSchema.definitions) ? projectSchema.definitions : {};
  const found: ReferencePath[] = [];
  const walk = (node: unknown, path: string[], visiting: ReadonlySet<string>): void => {
    if (!isNode(node)) return;
    const ref = typeof node.$ref === "string" ? node.$ref : null;
    if (ref === REFERENCE_DEFINITION) {
      found.push(path);
      return;
    }
    if (ref?.startsWith("#/definitions/")) {
      const name = ref.slice("#/definitions/".length);
      if (!visiting.has(name)) walk(definitions[name], path, new Set([...visiting, name]));
    }
    if (isNode(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...path, key], visiting);
    }
    if (node.items !== undefined) walk(node.items, [...path, "*"], visiting);
  };
  walk(projectSchema, [], new Set());
  return found;
}

export interface ReferenceFindings {
  /** References that name no party of their project. */
  errors: string[];
  /** References whose name differs from the party's (the standard's own example has two). */
  warnings: string[];
}

/**
 * Checks that every organisation reference in each project names, by id, a party of the same
 * project. The schema says the name must match too; a differing name is reported as a warning
 * because the id is what resolves a reference.
 */
export function checkPartyReferences(pkg: unknown, paths: readonly ReferencePath[]): ReferenceFindings {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!isNode(pkg) || !Array.isArray(pkg.projects)) return { errors, warnings };
  pkg.projects.forEach((project: unknown, index) => {
    if (!isNode(project)) return;
    const base = `/projects/${index}`;
    const parties = new Map<unknown, unknown>();
    for (const party of Array.isArray(project.parties) ? project.parties : []) {
      if (isNode(party)) parties.set(party.id, party.name);
    }
    for (const path of paths) {
      for (const { value, pointer } of valuesAt(project, path, base)) {
        if (!isNode(value)) continue;
        if (value.id === undefined) errors.push(`${pointer}: the reference has no id, so it names no party`);
        else if (!parties.has(value.id))
          errors.push(`${pointer}: party id ${JSON.stringify(value.id)} is not in ${base}/parties`);
        else if (value.name !== undefined && value.name !== parties.get(value.id))
          warnings.push(
            `${pointer}: name ${JSON.stringify(value.name)} differs from the party's ${JSON.stringify(parties.get(value.id))}`,
          );
      }
    }
  });
  return { errors, warnings };
}

function valuesAt(
  node: unknown,
  path: ReferencePath,
  pointer: string,
): { value: unknown; pointer: string }[] {
  const [head, ...rest] = path;
  if (head === undefined) return [{ value: node, pointer }];
  if (head === "*") {
    return Array.isArray(node) ? node.flatMap((item, i) => valuesAt(item, rest, `${pointer}/${i}`)) : [];
  }
  return isNode(node) && head in node ? valuesAt(node[head], rest, `${pointer}/${head}`) : [];
}
