import type { BenchDatabase } from "../lib/bench-db.js";
import type { HttpClient, Session } from "../lib/http-client.js";
import type { Timing } from "../lib/stats.js";

/** A month inside the data: the server's clock (today) is long after it. */
export const DASHBOARD_MONTH = "2022-06";
export const DASHBOARD_GROUPS = ["sector", "district"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export const dashboardPath = (group: DashboardGroup) =>
  `/api/v1/dashboard?month=${DASHBOARD_MONTH}&groupBy=${group}`;

const COLUMN: Record<DashboardGroup, string> = { sector: "sector_code", district: "district_code" };

/**
 * The best single statement a person would write for the month's table from the base tables: the
 * month's, year's and cumulative investment from the current reports, the year's plan, the totals and
 * the reporting counts, by group. It leaves out the warning levels and the year's monthly series the
 * API also returns, so it does less work than the API.
 */
export function handWrittenSql(group: DashboardGroup): { text: string; params: unknown[] } {
  const column = COLUMN[group];
  const year = DASHBOARD_MONTH.slice(0, 4);
  return {
    text: `with r as (
        select project_id,
          sum(invested_fen) filter (where month = $1) as month_fen,
          sum(invested_fen) filter (where month >= $2) as ytd_fen,
          sum(invested_fen) as cumulative_fen,
          bool_or(month = $1) as reported
        from progress_reports
        where current and month <= $1
        group by project_id)
      select p.${column}::text as key, count(*)::int as projects,
        coalesce(sum(a.planned_fen), 0)::text as planned_fen,
        coalesce(sum(r.month_fen), 0)::text as month_fen,
        coalesce(sum(r.ytd_fen), 0)::text as ytd_fen,
        sum(p.opening_completed_fen + coalesce(r.cumulative_fen, 0))::text as cumulative_fen,
        sum(p.total_investment_fen)::text as total_fen,
        (count(*) filter (where extract(year from p.planned_start) = $3))::int as starts_planned_year,
        (count(*) filter (where r.reported))::int as reported
      from projects p
      left join r on r.project_id = p.id
      left join project_annual_plans a on a.project_id = p.id and a.year = $3
      group by p.${column}
      order by 1`,
    params: [DASHBOARD_MONTH, `${year}-01`, Number(year)],
  };
}

/** The floor under any dashboard: reading the stored rollup rows of the month, nothing else. */
export function rollupSql(group: DashboardGroup): { text: string; params: unknown[] } {
  return {
    text: `select dim, key, projects, planned_fen::text, month_fen::text, ytd_fen::text, cumulative_fen::text
      from dispatch_rollups
      where month = $1 and scope_kind = 'all' and scope_key = '' and dim in ('total', $2) and projects > 0`,
    params: [DASHBOARD_MONTH, group],
  };
}

export interface DashboardResult {
  group: DashboardGroup;
  api: Timing;
  sql: Timing;
  rollupSql: Timing;
  /** API median over hand-written SQL median. */
  ratio: number;
  /** API median over the API median at the smallest size measured (null at that size). */
  growth: number | null;
  /** Whether the API's month, year-to-date and cumulative investment per group equal the SQL's. */
  sameFigures: boolean;
}

interface ApiDashboard {
  groups: { key: string; monthFen: string; yearToDateFen: string; cumulativeFen: string; projects: number }[];
}

/** Compares the API's figures with the hand-written statement's, group by group. */
export async function sameFigures(
  client: HttpClient,
  session: Session,
  group: DashboardGroup,
  sqlRows: Record<string, unknown>[],
): Promise<boolean> {
  const api = await client.json<ApiDashboard>(dashboardPath(group), session);
  const byKey = new Map(sqlRows.map((r) => [String(r.key), r]));
  return (
    api.groups.length === sqlRows.length &&
    api.groups.every((g) => {
      const r = byKey.get(g.key);
      return (
        r !== undefined &&
        r.month_fen === g.monthFen &&
        r.ytd_fen === g.yearToDateFen &&
        r.cumulative_fen === g.cumulativeFen &&
        r.projects === g.projects
      );
    })
  );
}

export async function sqlRowsOf(database: BenchDatabase, group: DashboardGroup) {
  const { text, params } = handWrittenSql(group);
  return database.query<Record<string, unknown>>(text, params);
}
