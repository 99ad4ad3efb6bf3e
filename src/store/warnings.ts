import { and, between, eq, inArray, sql } from "drizzle-orm";
import type { ProjectScope } from "../domain/access.js";
import type { Db } from "./db.js";
import { scopeCondition } from "./projects.js";
import * as t from "./schema.js";

/**
 * What the warning rules need for every project in scope in one month: dates, the year's plan, the
 * year-to-date amount, and the current reports of the last few months (`fromMonth`..`month`).
 */
export async function warningInputs(db: Db, scope: ProjectScope, month: string, fromMonth: string) {
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
    .where(scopeCondition(scope));
  const ids = projects.map((p) => p.id);
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
