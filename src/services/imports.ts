import { importLookupsOf } from "../domain/oc4ids/catalogue.js";
import { fromOc4idsPackage } from "../domain/oc4ids/import.js";
import type { ProjectLevel } from "../domain/plan.js";
import type { ImportProblem, ProjectRecord } from "../domain/project-record.js";
import type { RegisterLookups } from "../domain/register/lookups.js";
import type { Db } from "../store/db.js";
import { readReferenceFiles } from "../store/reference.js";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { AppError } from "../domain/errors.js";
import { parseRegister } from "./register/parse.js";
import { markErrors } from "./register/write.js";
import { requirePermission, requireWriter } from "./access.js";
import type { ServiceContext } from "./context.js";
import { openImportWriter, type ImportOutcome } from "./import-writer.js";
import { importFailed, keepImportReport, registerLookups } from "./project-import.js";
import { UploadFile } from "./upload-file.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Funding = ProjectRecord["funding"];

export type ImportFormat = "xlsx" | "csv" | "oc4ids";

export interface ImportRequest {
  format: ImportFormat;
  /** The file: its bytes, or the upload as it arrives (saved to a temporary file first). */
  body: Buffer | Readable;
  /** The upload's declared length, refused at once when over the limit. */
  declaredBytes?: number;
  fileName: string;
  /** For OC4IDS packages from elsewhere: where to file projects whose special or district is not ours. */
  fallback?: { specialCode?: string; districtCode?: string; level?: ProjectLevel };
  acceptForeignCurrency?: boolean;
}

/** An OC4IDS package's records and every problem with them. */
function parsePackage(request: ImportRequest, bytes: Buffer) {
  let pkg: unknown;
  try {
    pkg = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError(400, "invalid_json", "文件不是有效的 JSON", "The file is not valid JSON", "body");
  }
  const { plan, districts } = readReferenceFiles();
  const lookups = importLookupsOf(plan, districts, {
    ...(request.fallback ? { fallback: request.fallback } : {}),
    ...(request.acceptForeignCurrency ? { acceptForeignCurrency: true } : {}),
  });
  return fromOc4idsPackage(pkg, lookups);
}

/**
 * Reads the upload and writes what it holds in one transaction, as it reads: a register's valid rows
 * go to the writer a thousand at a time while no problem has been found; a package's records in one
 * go. Any problem rolls everything back and is reported.
 */
async function readAndWrite(
  ctx: ServiceContext,
  request: ImportRequest,
  file: Buffer | string,
  lookups: RegisterLookups | null,
  tx: Tx,
) {
  // Only a workbook brings funding on a later sheet; a CSV register or a package has it with each project.
  const writer = await openImportWriter(ctx, tx, { fundingLater: request.format === "xlsx" });
  try {
    let parsed: { problems: ImportProblem[]; notes: string[]; fundingByRow: Map<number, Funding> };
    if (request.format === "oc4ids") {
      const bytes = typeof file === "string" ? await readFile(file) : file;
      const { records, problems, notes } = parsePackage(request, bytes);
      const rows = records.map((_, i) => i + 1);
      if (!problems.length) await writer.write(records, rows);
      parsed = { problems, notes, fundingByRow: new Map() };
    } else {
      if (!lookups) throw new Error("a register is read against the library's lookups");
      const source =
        request.format === "xlsx"
          ? ({ format: "xlsx", file } as const)
          : ({ format: "csv", projects: file } as const);
      parsed = await parseRegister(source, lookups, (records, rows) => writer.write(records, rows));
    }
    // The file's own problems are reported first; the library's (repeated codes, others' projects) when it has none.
    const problems = parsed.problems.length ? parsed.problems : writer.problems();
    if (problems.length) throw importFailed(problems);
    const outcome = await writer.finish(parsed.fundingByRow);
    if (outcome.created + outcome.updated === 0)
      throw new AppError(422, "import_empty", "文件中没有项目数据", "The file holds no projects", "body");
    return { outcome, notes: parsed.notes };
  } finally {
    await writer.close();
  }
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
  const upload = Buffer.isBuffer(request.body)
    ? null
    : await UploadFile.save(request.body, request.declaredBytes);
  const file = upload?.path ?? (request.body as Buffer);
  try {
    const lookups = request.format === "oc4ids" ? null : await registerLookups(ctx);
    const { outcome, notes } = await ctx.db.transaction((tx) =>
      readAndWrite(ctx, request, file, lookups, tx),
    );
    const added = outcome.newOrganisations.map((name) => `新建单位：${name}（new organisation: ${name}）`);
    return { created: outcome.created, updated: outcome.updated, notes: [...notes, ...added] };
  } catch (err) {
    if (err instanceof AppError && err.code === "import_failed" && err.extra?.problems)
      throw await failure(ctx, request, upload ? await upload.read() : (file as Buffer), err.extra.problems);
    throw err;
  } finally {
    await upload?.remove();
  }
}

async function failure(
  ctx: ServiceContext,
  request: ImportRequest,
  bytes: Buffer,
  problems: ImportProblem[],
): Promise<AppError> {
  const marked = request.format === "xlsx" ? await markErrors(bytes, problems).catch(() => null) : null;
  const reportId = await keepImportReport(ctx, request.fileName, problems, marked);
  return importFailed(problems, reportId);
}
