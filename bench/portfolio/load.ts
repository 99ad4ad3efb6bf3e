import { eq, sql } from "drizzle-orm";
import { defaultSecurity, systemActor, type ServiceContext } from "../../src/services/context.js";
import { createDemoAccounts } from "../../src/services/demo-accounts.js";
import { loadReference } from "../../src/services/seed.js";
import * as t from "../../src/store/schema.js";
import { csvRow, type BenchDatabase } from "../lib/bench-db.js";
import { reportsOf, type BenchPortfolio, type BenchProject } from "./generate.js";

/** Ids of the organisations and the sector of each special, as written in a database. */
export interface LoadedReference {
  orgId(key: string): number;
  sectorOf(specialCode: string): string;
  planCode: string;
}

export const benchContext = (database: BenchDatabase, now = new Date()): ServiceContext => ({
  db: database.db,
  now: () => now,
  actor: systemActor("bench"),
  security: defaultSecurity,
});

/**
 * The plan, taxonomy and districts, the demo's organisations with the departments leading each
 * special, and the demo accounts: everything but the projects.
 */
export async function loadOrganisations(
  database: BenchDatabase,
  portfolio: BenchPortfolio,
): Promise<LoadedReference> {
  const ctx = benchContext(database);
  await loadReference(ctx);
  const ids = new Map<string, number>();
  await database.db.transaction(async (tx) => {
    const rows = await tx
      .insert(t.organisations)
      .values(
        portfolio.organisations.map(({ name, uscc, kind, districtCode }) => ({
          name,
          uscc,
          kind,
          districtCode,
        })),
      )
      .onConflictDoUpdate({ target: t.organisations.name, set: { kind: sql`excluded.kind` } })
      .returning({ id: t.organisations.id, name: t.organisations.name });
    const byName = new Map(rows.map((r) => [r.name, r.id]));
    for (const o of portfolio.organisations) ids.set(o.key, byName.get(o.name) ?? -1);
    for (const lead of portfolio.specialLeads) {
      await tx
        .update(t.specials)
        .set({ leadDepartmentId: ids.get(lead.departmentKey) ?? null })
        .where(eq(t.specials.code, lead.specialCode));
    }
  });
  const specials = await database.query<{ code: string; sector_code: string; plan_code: string }>(
    "select s.code, s.sector_code, c.plan_code from specials s join sectors x on x.code = s.sector_code join categories c on c.code = x.category_code",
  );
  const sectors = new Map(specials.map((s) => [s.code, s.sector_code]));
  const orgId = (key: string) => {
    const id = ids.get(key);
    if (id === undefined || id < 0) throw new Error(`organisation ${key} was not written`);
    return id;
  };
  return {
    orgId,
    sectorOf: (code) => sectors.get(code) ?? "",
    planCode: specials[0]?.plan_code ?? "",
  };
}

export const PROJECT_COLUMNS = [
  "id",
  "plan_code",
  "code",
  "name",
  "sector_code",
  "special_code",
  "district_code",
  "owner_id",
  "lead_department_id",
  "level",
  "plan_category",
  "stage",
  "description",
  "total_investment_fen",
  "opening_completed_fen",
  "completed_investment_fen",
  "final_investment_fen",
  "planned_start",
  "planned_end",
  "actual_start",
  "actual_end",
] as const;

const completedOf = (p: BenchProject) => p.monthlyFen.reduce((a, b) => a + b, p.openingFen as bigint);

export function* projectLines(projects: readonly BenchProject[], ref: LoadedReference): Generator<string> {
  for (const p of projects) {
    yield csvRow([
      p.id,
      ref.planCode,
      p.code,
      p.name,
      ref.sectorOf(p.specialCode),
      p.specialCode,
      p.districtCode,
      ref.orgId(p.ownerKey),
      ref.orgId(p.leadDepartmentKey),
      p.level,
      "under_construction",
      p.stage,
      p.description,
      p.totalFen,
      p.openingFen,
      completedOf(p),
      p.stage === "completed" ? p.totalFen : null,
      p.plannedStart,
      p.plannedEnd,
      p.actualStart,
      p.actualEnd,
    ]);
  }
}

export const FUNDING_COLUMNS = ["project_id", "source", "planned_fen", "secured_fen"] as const;
export function* fundingLines(projects: readonly BenchProject[]): Generator<string> {
  for (const p of projects)
    for (const f of p.funding) yield csvRow([p.id, f.source, f.plannedFen, f.securedFen]);
}

export const PLAN_COLUMNS = ["project_id", "year", "planned_fen"] as const;
export function* planLines(projects: readonly BenchProject[]): Generator<string> {
  for (const p of projects) for (const a of p.annualPlans) yield csvRow([p.id, a.year, a.plannedFen]);
}

const REPORT_COLUMNS = [
  "project_id",
  "month",
  "invested_fen",
  "progress_pct",
  "progress_text",
  "problems",
  "status",
  "submitted_at",
] as const;
function* reportLines(projects: readonly BenchProject[]): Generator<string> {
  for (const p of projects) {
    for (const r of reportsOf(p)) {
      yield csvRow([
        p.id,
        r.month,
        r.investedFen,
        r.progressPct,
        r.progressText,
        r.problems,
        "accepted",
        r.submittedAt,
      ]);
    }
  }
}

/** Moves identity sequences past the ids written by COPY. */
export async function syncIdentities(database: BenchDatabase): Promise<void> {
  for (const table of ["projects", "progress_reports"]) {
    await database.exec(
      `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`,
    );
  }
}

/** Writes the projects with their funding, annual plans and 36 monthly reports each by COPY. */
export async function copyPortfolio(
  database: BenchDatabase,
  portfolio: BenchPortfolio,
  ref: LoadedReference,
): Promise<void> {
  await database.copy("projects", PROJECT_COLUMNS, projectLines(portfolio.projects, ref));
  await database.copy("project_funding", FUNDING_COLUMNS, fundingLines(portfolio.projects));
  await database.copy("project_annual_plans", PLAN_COLUMNS, planLines(portfolio.projects));
  await database.copy("progress_reports", REPORT_COLUMNS, reportLines(portfolio.projects));
  await syncIdentities(database);
}

/** The whole library for the read cases: reference data, organisations, projects, reports, accounts. */
export async function loadLibrary(database: BenchDatabase, portfolio: BenchPortfolio): Promise<void> {
  const ref = await loadOrganisations(database, portfolio);
  await copyPortfolio(database, portfolio, ref);
  await createDemoAccounts(benchContext(database));
  await database.exec("analyze");
}
