import { randomUUID } from "node:crypto";
import type { ImportProblem, ProjectRecord } from "../domain/project-record.js";
import type { RegisterLookups } from "../domain/register/lookups.js";
import { AppError } from "../domain/errors.js";
import { businessDate } from "../domain/dates.js";
import { projectCodeProblem } from "../domain/project-code.js";
import type { Db } from "../store/db.js";
import { deleteImportReportsBefore, findImportReport, saveImportReport } from "../store/import-reports.js";
import {
  insertOrganisations,
  insertProjects,
  matchExisting,
  organisationIndex,
  replaceLines,
} from "../store/project-import.js";
import { projectLookups, updateProjectRow } from "../store/project-writes.js";
import { defaultPlanCode, listDistricts, listTaxonomy } from "../store/reference.js";
import { principalOf, requirePermission, requireWriter } from "./access.js";
import { recordMany, type AuditEvent } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { refreshDispatch } from "./dispatch-upkeep.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

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

export interface ImportOutcome {
  created: number;
  updated: number;
  /** Organisations the import added to the library. */
  newOrganisations: string[];
}

const problem = (
  row: number,
  column: string,
  value: string,
  reason: string,
  reasonEn: string,
): ImportProblem => ({
  sheet: "项目",
  row,
  column,
  value,
  reason,
  reasonEn,
});

/** Problems only the library can see: duplicate codes in the file, and rows an owner may not write. */
function libraryProblems(
  records: ProjectRecord[],
  rows: number[],
  ownOrganisation: string | null,
): ImportProblem[] {
  const out: ImportProblem[] = [];
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const row = rows[i] ?? i + 2;
    if (r.code) {
      const first = seen.get(r.code);
      if (first !== undefined)
        out.push(
          problem(
            row,
            "投资项目代码",
            r.code,
            `与第 ${first} 行的投资项目代码重复`,
            `the same project code as row ${first}`,
          ),
        );
      else seen.set(r.code, row);
      if (projectCodeProblem(r.code, new Set(["500000"])) === "shape") {
        out.push(
          problem(row, "投资项目代码", r.code, "投资项目代码格式不正确", "the project code is malformed"),
        );
      }
    }
    if (ownOrganisation !== null && r.ownerName !== ownOrganisation) {
      out.push(
        problem(
          row,
          "项目业主",
          r.ownerName,
          "项目业主只能导入本单位的项目",
          "an owner can import its own projects only",
        ),
      );
    }
  });
  return out;
}

/**
 * Writes parsed records all or nothing: organisations new to the library are created, projects are
 * matched by project code (else id) and updated, the rest inserted, each with its funding and annual
 * plans, and every project's change audited. A project's completed investment becomes the opening
 * balance of a project new to the library (it has no reports here yet).
 */
export async function importRecords(
  ctx: ServiceContext,
  records: ProjectRecord[],
  rows: number[],
): Promise<ImportOutcome> {
  await requirePermission(ctx, "projects.edit", "project");
  await requireWriter(ctx, "project");
  const principal = principalOf(ctx);
  const isOwner = principal !== null && !principal.roles.includes("city_admin");
  const plan = await defaultPlanCode(ctx.db);
  if (!plan) throw new AppError(409, "no_plan", "尚未载入计划", "No plan is loaded");
  const lookups = await projectLookups(ctx.db, plan);

  return ctx.db.transaction(async (tx) => {
    const orgs = await organisationIndex(tx);
    const ownName = isOwner
      ? ([...orgs.byName.values()].find((o) => o.id === principal.organisationId)?.name ?? "")
      : null;
    const problems = libraryProblems(records, rows, ownName);
    const matched = await matchExisting(tx, records);
    if (isOwner) {
      records.forEach((r, i) => {
        const hit = matched.get(r);
        if (hit && hit.ownerId !== principal.organisationId) {
          problems.push(
            problem(
              rows[i] ?? i + 2,
              "投资项目代码",
              r.code ?? String(r.id),
              "该项目不属于本单位",
              "this project belongs to another organisation",
            ),
          );
        }
      });
    }
    if (problems.length) throw importFailed(problems);

    const newOrganisations = await createMissingOrganisations(tx, records, orgs);
    const ownerId = (r: ProjectRecord) =>
      (r.ownerUscc ? orgs.byUscc.get(r.ownerUscc)?.id : undefined) ?? orgs.byName.get(r.ownerName)?.id;
    const leadId = (r: ProjectRecord) =>
      (r.leadDepartmentName
        ? orgs.byName.get(r.leadDepartmentName)?.id
        : lookups.specials.get(r.specialCode)?.leadDepartmentId) ?? null;
    const fields = (r: ProjectRecord) => ({
      code: r.code,
      name: r.name,
      sectorCode: lookups.specials.get(r.specialCode)?.sectorCode ?? "",
      specialCode: r.specialCode,
      districtCode: r.districtCode,
      ownerId: ownerId(r) ?? 0,
      leadDepartmentId: leadId(r),
      level: r.level,
      planCategory: r.planCategory,
      stage: r.stage,
      description: r.description,
      totalInvestmentFen: r.totalInvestmentFen,
      plannedStart: r.plannedStart,
      plannedEnd: r.plannedEnd,
      actualStart: r.actualStart,
      actualEnd: r.actualEnd,
    });

    const events: AuditEvent[] = [];
    const fresh = records.filter((r) => !matched.has(r));
    const inserted = await insertProjects(
      tx,
      fresh.map((r) => ({
        ...fields(r),
        planCode: plan,
        openingCompletedFen: r.completedInvestmentFen,
        completedInvestmentFen: r.completedInvestmentFen,
      })),
    );
    const idOf = new Map<ProjectRecord, number>();
    fresh.forEach((r, i) => {
      const row = inserted[i];
      if (!row) return;
      idOf.set(r, row.id);
      events.push({
        action: "project.imported",
        entityType: "project",
        entityId: row.id,
        after: { ...row, funding: r.funding, annualPlans: r.annualPlans },
      });
    });
    for (const [r, existing] of matched) {
      const updated = await updateProjectRow(tx, existing.id, existing.version, fields(r));
      idOf.set(r, existing.id);
      events.push({
        action: "project.imported",
        entityType: "project",
        entityId: existing.id,
        before: existing,
        after: { ...updated, funding: r.funding, annualPlans: r.annualPlans },
      });
    }
    await replaceLines(
      tx,
      [...idOf.values()],
      records.flatMap((r) => r.funding.map((f) => ({ projectId: idOf.get(r) ?? 0, ...f }))),
      records.flatMap((r) => r.annualPlans.map((a) => ({ projectId: idOf.get(r) ?? 0, ...a }))),
    );
    await recordMany(ctx, tx, events);
    await refreshDispatch(tx, [...idOf.values()]);
    return { created: fresh.length, updated: matched.size, newOrganisations };
  });
}

/** Owners and lead departments the library does not know yet are created; their names are returned. */
async function createMissingOrganisations(
  tx: Tx,
  records: ProjectRecord[],
  orgs: Awaited<ReturnType<typeof organisationIndex>>,
): Promise<string[]> {
  const missing = new Map<
    string,
    { name: string; uscc: string | null; kind: string; districtCode: string | null }
  >();
  for (const r of records) {
    const known = (r.ownerUscc && orgs.byUscc.has(r.ownerUscc)) || orgs.byName.has(r.ownerName);
    if (!known && !missing.has(r.ownerName)) {
      missing.set(r.ownerName, {
        name: r.ownerName,
        uscc: r.ownerUscc,
        kind: "enterprise",
        districtCode: null,
      });
    }
    const lead = r.leadDepartmentName;
    if (lead && !orgs.byName.has(lead) && !missing.has(lead)) {
      missing.set(lead, { name: lead, uscc: null, kind: "government_department", districtCode: null });
    }
  }
  for (const created of await insertOrganisations(tx, [...missing.values()])) {
    const entry = { ...created, kind: missing.get(created.name)?.kind ?? "enterprise" };
    orgs.byName.set(created.name, entry);
    if (created.uscc) orgs.byUscc.set(created.uscc, entry);
  }
  return [...missing.keys()];
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
