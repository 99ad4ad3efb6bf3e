import type { Writable } from "node:stream";
import type { ProjectFilters } from "../store/projects.js";
import { projectConditions } from "../store/projects.js";
import { annualPlanYears, projectRecords } from "../store/project-records.js";
import { businessDate } from "../domain/dates.js";
import { exportCatalogueOf } from "../domain/oc4ids/catalogue.js";
import { toOc4idsPackage, type PackageMeta } from "../domain/oc4ids/export.js";
import type { ProjectRecord } from "../domain/project-record.js";
import { readReferenceFiles } from "../store/reference.js";
import { writeRegisterCsv, writeRegisterXlsx } from "./register/write.js";
import { projectScope } from "./access.js";
import { recordAlone } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

/** The caller's projects matching the filters, as records, streamed from the store. */
async function scopedRecords(ctx: ServiceContext, filters: ProjectFilters, format: string) {
  const scope = await projectScope(ctx);
  const where = projectConditions(scope, filters, businessDate(ctx.now()));
  await recordAlone(ctx, {
    action: "projects.exported",
    entityType: "project",
    details: { format, filters },
  });
  return { records: projectRecords(ctx.db, where), years: await annualPlanYears(ctx.db, where) };
}

/**
 * Prepares the register workbook (the documented template) of the caller's filtered projects: the
 * checks run now, the returned writer streams the rows when called.
 */
export async function openXlsxExport(
  ctx: ServiceContext,
  filters: ProjectFilters,
): Promise<(out: Writable) => Promise<void>> {
  const { records, years } = await scopedRecords(ctx, filters, "xlsx");
  const { plan, districts } = readReferenceFiles();
  const reference = {
    specials: plan.sectors.flatMap((s) => s.specials.map((sp) => ({ code: sp.code, name: sp.zh }))),
    districts: districts.map((d) => ({ code: d.code, name: d.name })),
    fundingSources: plan.fundingSources,
  };
  return (out) => writeRegisterXlsx(records, out, { years, reference });
}

/** Prepares the register as CSV: the projects file and the funding file. */
export async function openCsvExport(
  ctx: ServiceContext,
  filters: ProjectFilters,
): Promise<(out: { projects: Writable; funding: Writable }) => Promise<void>> {
  const { records, years } = await scopedRecords(ctx, filters, "csv");
  return (out) => writeRegisterCsv(records, out, { years });
}

/** The publisher named in exported packages: the plan's owner. */
export const PUBLISHER_NAME = "重庆市发展和改革委员会";

/** The caller's filtered projects as an OC4IDS 0.9 project package. */
export async function exportOc4ids(ctx: ServiceContext, filters: ProjectFilters, uri: string) {
  const { records } = await scopedRecords(ctx, filters, "oc4ids");
  const all: ProjectRecord[] = [];
  for await (const r of records) all.push(r);
  const { plan, districts } = readReferenceFiles();
  const now = ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
  const meta: PackageMeta = { publishedDate: now, uri, publisher: { name: PUBLISHER_NAME } };
  return toOc4idsPackage(all, exportCatalogueOf(plan, districts, { updated: now }), meta);
}
