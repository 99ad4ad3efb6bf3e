import { Readable } from "node:stream";
import { importLookupsOf } from "../domain/oc4ids/catalogue.js";
import { fromOc4idsPackage } from "../domain/oc4ids/import.js";
import type { ProjectLevel } from "../domain/plan.js";
import type { ImportProblem } from "../domain/project-record.js";
import { readReferenceFiles } from "../store/reference.js";
import { AppError } from "../domain/errors.js";
import { parseRegister } from "./register/parse.js";
import { markErrors } from "./register/write.js";
import { requirePermission, requireWriter } from "./access.js";
import type { ServiceContext } from "./context.js";
import {
  importFailed,
  importRecords,
  keepImportReport,
  registerLookups,
  type ImportOutcome,
} from "./project-import.js";

export type ImportFormat = "xlsx" | "csv" | "oc4ids";

export interface ImportRequest {
  format: ImportFormat;
  body: Buffer;
  fileName: string;
  /** For OC4IDS packages from elsewhere: where to file projects whose special or district is not ours. */
  fallback?: { specialCode?: string; districtCode?: string; level?: ProjectLevel };
  acceptForeignCurrency?: boolean;
}

/** The records of an upload and every problem with them, without writing anything. */
async function parse(ctx: ServiceContext, request: ImportRequest) {
  if (request.format === "oc4ids") {
    let pkg: unknown;
    try {
      pkg = JSON.parse(request.body.toString("utf8"));
    } catch {
      throw new AppError(400, "invalid_json", "文件不是有效的 JSON", "The file is not valid JSON", "body");
    }
    const { plan, districts } = readReferenceFiles();
    const lookups = importLookupsOf(plan, districts, {
      ...(request.fallback ? { fallback: request.fallback } : {}),
      ...(request.acceptForeignCurrency ? { acceptForeignCurrency: true } : {}),
    });
    const result = fromOc4idsPackage(pkg, lookups);
    return { ...result, rows: result.records.map((_, i) => i + 1) };
  }
  const lookups = await registerLookups(ctx);
  const source =
    request.format === "xlsx"
      ? ({ format: "xlsx", file: Readable.from([request.body]) } as const)
      : ({ format: "csv", projects: Readable.from([request.body]) } as const);
  const result = await parseRegister(source, lookups);
  return { ...result, rows: result.rows };
}

/**
 * Imports an upload all or nothing. On any problem nothing is written and the 422 lists every one;
 * for a workbook, a copy with the bad cells marked is kept for download.
 */
export async function importUpload(
  ctx: ServiceContext,
  request: ImportRequest,
): Promise<Omit<ImportOutcome, "newOrganisations"> & { notes: string[] }> {
  await requirePermission(ctx, "projects.edit", "project");
  await requireWriter(ctx, "project");
  const { records, problems, notes, rows } = await parse(ctx, request);
  if (problems.length) throw await failure(ctx, request, problems);
  if (records.length === 0) {
    throw new AppError(422, "import_empty", "文件中没有项目数据", "The file holds no projects", "body");
  }
  try {
    const outcome = await importRecords(ctx, records, rows);
    const added = outcome.newOrganisations.map((name) => `新建单位：${name}（new organisation: ${name}）`);
    return { created: outcome.created, updated: outcome.updated, notes: [...notes, ...added] };
  } catch (err) {
    if (err instanceof AppError && err.code === "import_failed" && err.extra?.problems)
      throw await failure(ctx, request, err.extra.problems);
    throw err;
  }
}

async function failure(
  ctx: ServiceContext,
  request: ImportRequest,
  problems: ImportProblem[],
): Promise<AppError> {
  const marked =
    request.format === "xlsx" ? await markErrors(request.body, problems).catch(() => null) : null;
  const reportId = await keepImportReport(ctx, request.fileName, problems, marked);
  return importFailed(problems, reportId);
}
