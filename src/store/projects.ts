import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { ProjectListQuery } from "../domain/contracts/project.js";
import type { Db } from "./db.js";
import { regionInForce } from "./reference.js";
import * as t from "./schema.js";

export type ProjectFilters = Omit<ProjectListQuery, "sort" | "order" | "limit" | "cursor">;

/** Escapes LIKE wildcards so a user's % or _ is matched literally. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The caller's data scope as one indexed predicate (district, owner, lead department, published
 * whitelist), never a per-row check in code. A department sees the projects it leads and those of the
 * specials it leads.
 */
export function scopeCondition(scope: ProjectScope): SQL | undefined {
  if (scope.kind === "all") return undefined;
  const parts: SQL[] = [];
  if (scope.districtCodes.length) parts.push(inArray(t.projects.districtCode, scope.districtCodes));
  if (scope.ownerIds.length) parts.push(inArray(t.projects.ownerId, scope.ownerIds));
  if (scope.leadDepartmentIds.length) {
    parts.push(inArray(t.projects.leadDepartmentId, scope.leadDepartmentIds));
    const ledSpecials = sql`select ${t.specials.code} from ${t.specials} where ${inArray(t.specials.leadDepartmentId, scope.leadDepartmentIds)}`;
    parts.push(sql`${t.projects.specialCode} in (${ledSpecials})`);
  }
  if (scope.whitelist) {
    // A bank sees the projects on the published major-project whitelist, and nothing else.
    const published = sql`select ${t.whitelistEntries.projectId} from ${t.whitelistEntries} where ${t.whitelistEntries.status} = 'published'`;
    parts.push(sql`${t.projects.id} in (${published})`);
  }
  return parts.length ? or(...parts) : sql`false`;
}

/** WHERE conditions for the caller's scope and the list filters; `asOf` dates the region membership. */
export function projectConditions(scope: ProjectScope, filters: ProjectFilters, asOf: string): SQL[] {
  const where: SQL[] = [];
  const inScope = scopeCondition(scope);
  if (inScope) where.push(inScope);
  if (filters.sector) where.push(eq(t.projects.sectorCode, filters.sector));
  if (filters.special) where.push(eq(t.projects.specialCode, filters.special));
  if (filters.district) where.push(eq(t.projects.districtCode, filters.district));
  if (filters.stage) where.push(eq(t.projects.stage, filters.stage));
  if (filters.planCategory) where.push(eq(t.projects.planCategory, filters.planCategory));
  if (filters.level) where.push(eq(t.projects.level, filters.level));
  if (filters.region) {
    const inRegion = sql`select ${t.districtRegions.districtCode} from ${t.districtRegions} where ${and(
      eq(t.districtRegions.region, filters.region),
      regionInForce(asOf),
    )}`;
    where.push(sql`${t.projects.districtCode} in (${inRegion})`);
  }
  if (filters.q?.trim()) {
    const pattern = likeContains(filters.q.trim());
    const match = or(ilike(t.projects.name, pattern), ilike(t.projects.code, pattern));
    if (match) where.push(match);
  }
  return where;
}

type SortKey = ProjectListQuery["sort"];

/** Sort expressions never null, so that keyset comparisons on (key, id) are total. */
const SORT_EXPRESSIONS: Record<SortKey, { expr: SQL; cast: string }> = {
  name: { expr: sql`${t.projects.name}`, cast: "text" },
  totalInvestment: { expr: sql`${t.projects.totalInvestmentFen}`, cast: "bigint" },
  plannedStart: { expr: sql`coalesce(${t.projects.plannedStart}, date '9999-12-31')`, cast: "date" },
  updatedAt: { expr: sql`${t.projects.updatedAt}`, cast: "timestamptz" },
  code: { expr: sql`coalesce(${t.projects.code}, '')`, cast: "text" },
};

export interface PageRequest {
  sort: SortKey;
  order: "asc" | "desc";
  limit: number;
  after: { key: string; id: number } | null;
}

const listColumns = {
  id: t.projects.id,
  code: t.projects.code,
  name: t.projects.name,
  sectorCode: t.projects.sectorCode,
  specialCode: t.projects.specialCode,
  districtCode: t.projects.districtCode,
  level: t.projects.level,
  stage: t.projects.stage,
  planCategory: t.projects.planCategory,
  ownerName: t.organisations.name,
  totalInvestmentFen: t.projects.totalInvestmentFen,
  completedInvestmentFen: t.projects.completedInvestmentFen,
  plannedStart: t.projects.plannedStart,
  plannedEnd: t.projects.plannedEnd,
  updatedAt: t.projects.updatedAt,
};

/**
 * One page by keyset: rows after the cursor's (sort key, id) in the requested order, plus one extra
 * row to tell whether another page follows. No count is taken.
 */
export async function listProjectPage(db: Db, where: SQL[], page: PageRequest) {
  const { expr, cast } = SORT_EXPRESSIONS[page.sort];
  const conditions = [...where];
  if (page.after) {
    const op = page.order === "desc" ? sql.raw("<") : sql.raw(">");
    conditions.push(
      sql`(${expr}, ${t.projects.id}) ${op} (cast(${page.after.key} as ${sql.raw(cast)}), ${page.after.id})`,
    );
  }
  const direction = sql.raw(page.order === "desc" ? "desc" : "asc");
  const rows = await db
    .select({ ...listColumns, sortKey: sql<string>`(${expr})::text` })
    .from(t.projects)
    .innerJoin(t.organisations, eq(t.organisations.id, t.projects.ownerId))
    .where(and(...conditions))
    .orderBy(sql`${expr} ${direction}`, sql`${t.projects.id} ${direction}`)
    .limit(page.limit + 1);
  const hasMore = rows.length > page.limit;
  return { rows: rows.slice(0, page.limit), hasMore };
}

export async function countProjects(db: Db, where: SQL[]) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      investmentFen: sql<string>`coalesce(sum(${t.projects.totalInvestmentFen}), 0)::text`,
    })
    .from(t.projects)
    .where(and(...where));
  return { total: row?.total ?? 0, investmentFen: row?.investmentFen ?? "0" };
}

export async function projectExists(db: Db, id: number): Promise<boolean> {
  const rows = await db.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.id, id));
  return rows.length > 0;
}

/** Whether the project exists within the scope (one indexed query; usable inside a transaction). */
export async function projectInScope(db: Db, id: number, scope: ProjectScope): Promise<boolean> {
  const rows = await db
    .select({ id: t.projects.id })
    .from(t.projects)
    .where(and(eq(t.projects.id, id), scopeCondition(scope)));
  return rows.length > 0;
}

/** One project with its owner, lead department, funding, annual plans and current reports, if in scope. */
export async function findProject(db: Db, id: number, scope: ProjectScope) {
  const [row] = await db
    .select({
      project: t.projects,
      owner: { id: t.organisations.id, name: t.organisations.name, uscc: t.organisations.uscc },
    })
    .from(t.projects)
    .innerJoin(t.organisations, eq(t.organisations.id, t.projects.ownerId))
    .where(and(eq(t.projects.id, id), scopeCondition(scope)));
  if (!row) return null;
  const [lead, funding, annualPlans, reports] = await Promise.all([
    row.project.leadDepartmentId === null
      ? Promise.resolve([])
      : db
          .select({ id: t.organisations.id, name: t.organisations.name })
          .from(t.organisations)
          .where(eq(t.organisations.id, row.project.leadDepartmentId)),
    db
      .select()
      .from(t.projectFunding)
      .where(eq(t.projectFunding.projectId, id))
      .orderBy(asc(t.projectFunding.source)),
    db
      .select()
      .from(t.projectAnnualPlans)
      .where(eq(t.projectAnnualPlans.projectId, id))
      .orderBy(asc(t.projectAnnualPlans.year)),
    db
      .select()
      .from(t.progressReports)
      .where(and(eq(t.progressReports.projectId, id), eq(t.progressReports.current, true)))
      .orderBy(asc(t.progressReports.month)),
  ]);
  return { ...row, leadDepartment: lead[0] ?? null, funding, annualPlans, reports };
}

/** Counts and investment of a plan's projects in scope, grouped by one column. */
async function groupPlanProjects(
  db: Db,
  planCode: string,
  scope: ProjectScope,
  column: SQL,
  listedOnly: boolean,
) {
  const rows = await db
    .select({
      key: sql<string>`${column}`,
      projects: sql<number>`count(*)::int`,
      investmentFen: sql<string>`sum(${t.projects.totalInvestmentFen})::text`,
    })
    .from(t.projects)
    .where(
      and(
        eq(t.projects.planCode, planCode),
        scopeCondition(scope),
        listedOnly ? sql`${t.projects.planCategory} is not null` : undefined,
      ),
    )
    .groupBy(column);
  return rows;
}

/**
 * The figures the plan check compares, over the caller's scope: by special and plan category (the
 * plan's listed projects), by stage and district (all projects).
 */
export async function planFigures(db: Db, planCode: string, scope: ProjectScope) {
  const [bySpecial, byCategory, byStage, byDistrict] = await Promise.all([
    groupPlanProjects(db, planCode, scope, sql`${t.projects.specialCode}`, true),
    groupPlanProjects(db, planCode, scope, sql`${t.projects.planCategory}`, true),
    groupPlanProjects(db, planCode, scope, sql`${t.projects.stage}`, false),
    groupPlanProjects(db, planCode, scope, sql`${t.projects.districtCode}`, false),
  ]);
  return { bySpecial, byCategory, byStage, byDistrict };
}

export async function projectCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(t.projects);
  return row?.n ?? 0;
}

/** Which of the given codes exist in a reference table column. */
export async function existingCodes(db: Db, table: "sectors" | "specials" | "districts", codes: string[]) {
  const column = { sectors: t.sectors.code, specials: t.specials.code, districts: t.districts.code }[table];
  const rows = await db.select({ code: column }).from(column.table).where(inArray(column, codes));
  return new Set(rows.map((r) => r.code));
}

export async function regionExists(db: Db, region: string): Promise<boolean> {
  const rows = await db
    .select({ r: t.districtRegions.region })
    .from(t.districtRegions)
    .where(eq(t.districtRegions.region, region))
    .limit(1);
  return rows.length > 0;
}
