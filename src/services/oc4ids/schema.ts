import AjvDraft04 from "ajv-draft-04";
import type { ErrorObject, SchemaObject, ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { checkPartyReferences, organizationReferencePaths } from "./party-references.js";
import type { ReferencePath } from "./party-references.js";
import { readOc4idsJson } from "./reference-files.js";
import { closeObjectSchemas } from "./strict-schema.js";
import { duplicateIdErrors } from "./unique-ids.js";

export interface Oc4idsValidation {
  valid: boolean;
  /** One line per problem: a JSON pointer into the package and what is wrong there. */
  errors: string[];
  /** Departures from the standard's wording that do not make the package invalid. */
  warnings: string[];
}

export interface ValidateOptions {
  /** Forbid properties the schema does not define (no extension fields). */
  strict?: boolean;
}

interface Compiled {
  validate: ValidateFunction;
  referencePaths: ReferencePath[];
}

const compiled = new Map<boolean, Compiled>();

/** Compiles the package schema (with the project schema registered under its URL) once per mode. */
function compile(strict: boolean): Compiled {
  const cached = compiled.get(strict);
  if (cached) return cached;
  const adjust = strict ? closeObjectSchemas : <T>(schema: T) => schema;
  const packageSchema = adjust(readOc4idsJson("project-package-schema.json") as SchemaObject);
  const projectSchema = adjust(readOc4idsJson("project-schema.json") as SchemaObject);
  // The schemas carry documentation keywords (codelist, openCodelist, …) that Ajv's strict mode rejects.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(projectSchema);
  const result = {
    validate: ajv.compile(packageSchema),
    referencePaths: organizationReferencePaths(projectSchema),
  };
  compiled.set(strict, result);
  return result;
}

const describe = (error: ErrorObject): string => {
  const extra =
    error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : "";
  const allowed =
    error.keyword === "enum" ? ` (${(error.params.allowedValues as unknown[]).join(", ")})` : "";
  return `${error.instancePath || "/"}: ${error.message ?? error.keyword}${extra}${allowed}`;
};

/**
 * Validates an OC4IDS project package against the official 0.9.5 schemas (draft-04, with formats),
 * then checks what the schema cannot: every organisation reference names a party of its project, and
 * ids are unique within their arrays (projects in the package, parties in a project, …). Valid means
 * no errors; warnings are reported beside.
 */
export function validateOc4idsPackage(pkg: unknown, options: ValidateOptions = {}): Oc4idsValidation {
  const { validate, referencePaths } = compile(options.strict ?? false);
  const schemaErrors = validate(pkg) ? [] : (validate.errors ?? []).map(describe);
  const references = checkPartyReferences(pkg, referencePaths);
  const errors = [...schemaErrors, ...references.errors, ...duplicateIdErrors(pkg)];
  return { valid: errors.length === 0, errors, warnings: references.warnings };
}
