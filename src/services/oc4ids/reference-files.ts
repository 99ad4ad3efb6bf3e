import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDivisionsCsv } from "../../domain/divisions.js";
import { exportCatalogueOf, importLookupsOf } from "../../domain/oc4ids/catalogue.js";
import type { ExportCatalogue } from "../../domain/oc4ids/export-context.js";
import type { ImportLookups } from "../../domain/oc4ids/import.js";
import type { DistrictRef, PlanFile } from "../../domain/plan.js";
import { planFileSchema } from "../../domain/plan.js";
import { referenceFolder } from "../../store/paths.js";

/** reference/oc4ids: the official 0.9.5 schemas, codelists and example package (see SOURCE.md there). */
export const oc4idsFolder = () => join(referenceFolder(), "oc4ids");

/** Parses a JSON file of reference/oc4ids, e.g. "project-schema.json" or "example-package.json". */
export function readOc4idsJson(file: string): unknown {
  return JSON.parse(readFileSync(join(oc4idsFolder(), file), "utf8")) as unknown;
}

/** The plan and districts the reference folder ships (the 2020–2022 plan, Chongqing's 38 districts). */
export function readPlanReference(): { plan: PlanFile; districts: DistrictRef[] } {
  const read = (file: string) => readFileSync(join(referenceFolder(), file), "utf8");
  return {
    plan: planFileSchema.parse(JSON.parse(read("plan-2020-2022.json"))),
    districts: parseDivisionsCsv(read("chongqing-divisions.csv")),
  };
}

/** The export catalogue from the reference files. */
export function referenceExportCatalogue(updated: string): ExportCatalogue {
  const { plan, districts } = readPlanReference();
  return exportCatalogueOf(plan, districts, { updated });
}

/** Import lookups from the reference files, with optional fallbacks for foreign projects. */
export function referenceImportLookups(
  extra: Pick<ImportLookups, "fallback" | "acceptForeignCurrency"> = {},
): ImportLookups {
  const { plan, districts } = readPlanReference();
  return importLookupsOf(plan, districts, extra);
}
