import { and, between, eq, inArray, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { queryRows } from "./db.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

/**
 * What the warning rules need for the given projects in one month: dates, the year's plan, the
 * year-to-date amount, and the current reports of the last few months (`fromMonth`..`month`).
 */
export async function warningInputs(db: Db, ids: number[], month: string, fromMonth: string) {
  const year = Number(month.slice(0, 4));
  const ytd = sql<string>`coalesce((select sum(${t.progressReports.investedFen}) from ${t.progressReports}
    where ${t.progressReports.projectId} = ${t.projects.id} and ${t.progressReports.current}
    and ${t.progressReports.month} between ${`${year}-01`} and ${month}), 0)::text`;
  const projects = await db
    .select({
      id: t.projects.id,
      name: t.projects.name,
      specialCode: t.projects.specialCode,
      sectorCode: t.projects.sectorCode,
      districtCode: t.projects.districtCode,
      stage: t.projects.stage,
      plannedStart: t.projects.plannedStart,
      actualStart: t.projects.actualStart,
      actualEnd: t.projects.actualEnd,
      annualPlanFen: sql<string>`coalesce(${t.projectAnnualPlans.plannedFen}, 0)::text`,
      yearToDateFen: ytd,
    })
    .from(t.projects)
    .leftJoin(
      t.projectAnnualPlans,
      and(eq(t.projectAnnualPlans.projectId, t.projects.id), eq(t.projectAnnualPlans.year, year)),
    )
    .where(inArray(t.projects.id, ids.length ? ids : [0]));
  const reports = [];
  for (let i = 0; i < ids.length; i += 5000) {
    reports.push(
      ...(await db
        .select({
          projectId: t.progressReports.projectId,
          month: t.progressReports.month,
          investedFen: t.progressReports.investedFen,
          progressPct: t.progressReports.progressPct,
          submittedOn: sql<string>`(${t.progressReports.submittedAt} at time zone 'Asia/Shanghai')::date::text`,
        })
        .from(t.progressReports)
        .where(
          and(
            inArray(t.progressReports.projectId, ids.slice(i, i + 5000)),
            eq(t.progressReports.current, true),
            between(t.progressReports.month, fromMonth, month),
          ),
        )
        .orderBy(t.progressReports.month)),
    );
  }
  return { projects, reports };
}

/**
 * Projects of a scope flagged red or yellow in a month, worst first, from the stored facts: their base level,
 * or a missing report once the deadline has passed.
 */
export async function flaggedProjects(
  db: Db,
  scopeWhere: SQL | undefined,
  month: string,
  deadlinePassed: boolean,
  limit: number,
): Promise<number[]> {
  const missing = deadlinePassed ? sql`(f.report_due and not f.reported)` : sql`false`;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select f.project_id as id from ${t.dispatchFacts} f join ${t.projects} on ${t.projects.id} = f.project_id
      where f.month = ${month} and (f.base_level <> 'green' or ${missing}) ${scopeWhere ? sql`and ${scopeWhere}` : sql``}
      order by case when f.base_level = 'red' or ${missing} then 0 else 1 end, f.project_id
      limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Coordination problems of a scope that were overdue at some point up to `asOf` (a business date): raised by
 * then, due before it, and not resolved before their due date.
 */
export async function overdueProblems(db: Db, scopeWhere: SQL | undefined, asOf: string) {
  return queryRows<{
    projectId: number;
    title: string;
    dueDate: string;
    raisedOn: string;
    resolvedOn: string | null;
  }>(
    db,
    sql`select cp.project_id as "projectId", cp.title, cp.due_date::text as "dueDate",
        (cp.raised_at at time zone 'Asia/Shanghai')::date::text as "raisedOn",
        (cp.resolved_at at time zone 'Asia/Shanghai')::date::text as "resolvedOn"
      from ${t.coordinationProblems} cp join ${t.projects} on ${t.projects.id} = cp.project_id
      where cp.due_date < ${asOf}::date
      and (cp.raised_at at time zone 'Asia/Shanghai')::date <= ${asOf}::date
      and (cp.resolved_at is null or (cp.resolved_at at time zone 'Asia/Shanghai')::date > cp.due_date)
      ${scopeWhere ? sql`and ${scopeWhere}` : sql``}
      order by cp.project_id, cp.due_date`,
  );
}
