import type {
  ProjectDetail,
  ProjectListItem,
  ProjectListQuery,
  ProjectPage,
} from "../domain/contracts/project.js";
import { decodeCursor, encodeCursor } from "../domain/cursor.js";
import { businessDate } from "../domain/dates.js";
import { invalidField, notFound } from "../domain/errors.js";
import type { PlanCategory, Stage } from "../domain/lifecycle.js";
import type { ProjectLevel } from "../domain/plan.js";
import { cumulativeSeries } from "../domain/progress.js";
import {
  countProjects as countRows,
  existingCodes,
  findProject,
  listProjectPage,
  projectConditions,
  projectExists,
  regionExists,
  type ProjectFilters,
} from "../store/projects.js";
import { projectScope } from "./access.js";
import { recordOutOfScope } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

/** Rejects filter codes that name nothing, so a typo is a clear 400 rather than an empty list. */
async function checkFilterCodes(ctx: ServiceContext, filters: ProjectFilters): Promise<void> {
  const checks: [keyof ProjectFilters, "sectors" | "specials" | "districts", string, string][] = [
    ["sector", "sectors", "板块", "sector"],
    ["special", "specials", "专项", "special"],
    ["district", "districts", "区县", "district"],
  ];
  for (const [field, table, zh, en] of checks) {
    const value = filters[field];
    if (typeof value !== "string") continue;
    const found = await existingCodes(ctx.db, table, [value]);
    if (!found.has(value))
      throw invalidField(field, `未知的${zh}代码“${value}”`, `unknown ${en} code "${value}"`);
  }
  if (filters.region && !(await regionExists(ctx.db, filters.region))) {
    throw invalidField("region", `未知的区域“${filters.region}”`, `unknown region "${filters.region}"`);
  }
}

type Row = Awaited<ReturnType<typeof listProjectPage>>["rows"][number];

function present(row: Omit<Row, "sortKey">): ProjectListItem {
  return {
    ...row,
    level: row.level as ProjectLevel,
    stage: row.stage as Stage,
    planCategory: row.planCategory as PlanCategory | null,
    totalInvestmentFen: row.totalInvestmentFen.toString(),
    completedInvestmentFen: row.completedInvestmentFen.toString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function filtersOf(query: ProjectListQuery): ProjectFilters {
  const { sort: _s, order: _o, limit: _l, cursor: _c, ...filters } = query;
  return filters;
}

/** A page of projects matching the filters, by keyset; never waits on a count. */
export async function listProjects(ctx: ServiceContext, query: ProjectListQuery): Promise<ProjectPage> {
  const scope = await projectScope(ctx);
  const filters = filtersOf(query);
  let after: { key: string; id: number } | null = null;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor || cursor.sort !== query.sort || cursor.order !== query.order) {
      throw invalidField(
        "cursor",
        "游标无效或与排序方式不符，请从第一页重新查询",
        "the cursor is invalid or belongs to another sort; start again from the first page",
      );
    }
    after = { key: cursor.key, id: cursor.id };
  }
  const where = projectConditions(scope, filters, businessDate(ctx.now()));
  const { rows, hasMore } = await listProjectPage(ctx.db, where, {
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    after,
  });
  // A row matched every filter, so its codes exist; only an empty page needs the check (one query less).
  if (rows.length === 0) await checkFilterCodes(ctx, filters);
  const last = rows.at(-1);
  return {
    items: rows.map(({ sortKey: _k, ...row }) => present(row)),
    nextCursor:
      hasMore && last
        ? encodeCursor({ sort: query.sort, order: query.order, key: last.sortKey, id: last.id })
        : null,
  };
}

/** The number and total investment of projects matching the filters. */
export async function countProjects(ctx: ServiceContext, filters: ProjectFilters) {
  const scope = await projectScope(ctx);
  await checkFilterCodes(ctx, filters);
  return countRows(ctx.db, projectConditions(scope, filters, businessDate(ctx.now())));
}

/**
 * One project in the caller's scope. Outside it the answer is the same 404 as for a project that does
 * not exist, so scope does not leak existence; the attempt is recorded as a denial.
 */
export async function getProject(ctx: ServiceContext, id: number): Promise<ProjectDetail> {
  const scope = await projectScope(ctx);
  const found = await findProject(ctx.db, id, scope);
  if (!found) {
    if (await projectExists(ctx.db, id)) {
      await recordOutOfScope(ctx, "project", id);
    }
    throw notFound("项目", "Project", id);
  }
  const { project: p, owner, leadDepartment, funding, annualPlans, reports } = found;
  return {
    ...present({ ...p, ownerName: owner.name }),
    description: p.description,
    owner,
    leadDepartment,
    suspendedFrom: p.suspendedFrom as Stage | null,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    openingCompletedFen: p.openingCompletedFen.toString(),
    version: p.version,
    finalInvestmentFen: p.finalInvestmentFen?.toString() ?? null,
    reserveSince: p.reserveSince,
    funding: funding.map((f) => ({
      source: f.source,
      plannedFen: f.plannedFen.toString(),
      securedFen: f.securedFen.toString(),
    })),
    annualPlans: annualPlans.map((a) => ({ year: a.year, plannedFen: a.plannedFen.toString() })),
    progress: cumulativeSeries(p.openingCompletedFen, reports).map((r) => ({
      month: r.month,
      investedFen: r.investedFen.toString(),
      cumulativeFen: r.cumulativeFen.toString(),
      progressPct: r.progressPct,
      progressText: r.progressText,
      problems: r.problems,
    })),
  };
}
