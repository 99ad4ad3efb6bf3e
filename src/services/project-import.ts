import { randomUUID } from "node:crypto";
import type { ImportProblem } from "../domain/project-record.js";
import type { RegisterLookups } from "../domain/register/lookups.js";
import { AppError } from "../domain/errors.js";
import { businessDate } from "../domain/dates.js";
import { deleteImportReportsBefore, findImportReport, saveImportReport } from "../store/import-reports.js";
import { organisationIndex } from "../store/project-import.js";
import { projectLookups } from "../store/project-writes.js";
import { defaultPlanCode, listDistricts, listTaxonomy } from "../store/reference.js";
import { principalOf } from "./access.js";
import type { ServiceContext } from "./context.js";

/** The reference data an incoming register is checked against, read from the library. */
export async function registerLookups(ctx: ServiceContext): Promise<RegisterLookups> {
  const plan = await defaultPlanCode(ctx.db);
  if (!plan) throw new AppError(409, "no_plan", "尚未载入计划", "No plan is loaded");
  const [taxonomy, districts, lookups] = await Promise.all([
    listTaxonomy(ctx.db, plan),
    listDistricts(ctx.db, businessDate(ctx.now())),
    projectLookups(ctx.db, plan),
  ]);
  const orgs = await ctx.db.transaction((tx) => organisationIndex(tx));
  return {
    specials: taxonomy.specials.map((s) => ({ code: s.code, name: s.zh })),
    districts: districts.map((d) => ({ code: d.code, name: d.name })),
    fundingSources: lookups.fundingSources,
    organisations: [...orgs.byName.values()].map((o) => ({ name: o.name, uscc: o.uscc })),
    projectCodeAreas: ["500000"],
  };
}

/** The 422 of a failed import, listing every problem. */
export function importFailed(problems: ImportProblem[], reportId?: string): AppError {
  const shown = problems.slice(0, 5).map((p) => `第${p.row}行“${p.column}”：${p.reason}`);
  return new AppError(
    422,
    "import_failed",
    `导入未执行：发现 ${problems.length} 处问题，未写入任何数据。${shown.join("；")}${problems.length > 5 ? "……" : ""}`,
    `Nothing was imported: ${problems.length} problem(s) found. ${problems
      .slice(0, 5)
      .map((p) => `row ${p.row} "${p.column}": ${p.reasonEn}`)
      .join("; ")}`,
    problems[0]?.column,
    undefined,
    { problems, ...(reportId ? { reportId } : {}) },
  );
}

/** Keeps a failed import's problems and marked workbook for download by the same user for a day. */
export async function keepImportReport(
  ctx: ServiceContext,
  fileName: string,
  problems: ImportProblem[],
  marked: Buffer | null,
): Promise<string> {
  const id = randomUUID();
  await deleteImportReportsBefore(ctx.db, new Date(ctx.now().getTime() - 24 * 3600_000));
  await saveImportReport(ctx.db, {
    id,
    createdBy: principalOf(ctx)?.userId ?? null,
    createdAt: ctx.now(),
    fileName,
    problems,
    marked,
  });
  return id;
}

export async function importReport(ctx: ServiceContext, id: string) {
  const report = await findImportReport(ctx.db, id, principalOf(ctx)?.userId ?? null);
  if (!report)
    throw new AppError(
      404,
      "not_found",
      "导入报告不存在或已过期",
      "No such import report (or it has expired)",
    );
  return report;
}
