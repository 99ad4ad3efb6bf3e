import { and, desc, eq, inArray, notExists, sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "./db.js";
import * as t from "./schema.js";

/** SQL: the project was building in `month`, so that month's report is due (as the warning rules decide). */
export const buildingIn = (month: string) => sql`${t.projects.actualStart} is not null
  and to_char(${t.projects.actualStart}, 'YYYY-MM') <= ${month}
  and (${t.projects.actualEnd} is null or to_char(${t.projects.actualEnd}, 'YYYY-MM') >= ${month})
  and ${t.projects.stage} <> 'cancelled'`;

export interface Tally {
  key: string;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  awaitingReview: number;
}

const departmentOf = sql`coalesce(${t.projects.leadDepartmentId}, ${t.specials.leadDepartmentId})`;

/** Reports due, on time, late, missing and awaiting review for a month, per district and per department. */
export async function reportTallies(db: Db, scopeWhere: SQL | undefined, month: string, due: string) {
  const tally = (key: SQL) => sql`select ${key}::text as key, count(*)::int as due,
      (count(*) filter (where r.id is not null and r.submitted_on <= ${due}))::int as "onTime",
      (count(*) filter (where r.submitted_on > ${due}))::int as late,
      (count(*) filter (where r.id is null))::int as missing,
      (count(*) filter (where r.status = 'submitted'))::int as "awaitingReview"
    from ${t.projects}
    join ${t.specials} on ${t.specials.code} = ${t.projects.specialCode}
    left join lateral (select id, status, (submitted_at at time zone 'Asia/Shanghai')::date::text as submitted_on
      from ${t.progressReports} where project_id = ${t.projects.id} and month = ${month} and current) r on true
    where ${and(buildingIn(month), scopeWhere)}
    group by 1`;
  const [byDistrict, byDepartment] = await Promise.all([
    queryRows<Tally>(db, tally(sql`${t.projects.districtCode}`)),
    queryRows<Tally>(db, tally(departmentOf)),
  ]);
  return { byDistrict, byDepartment };
}

/** Projects whose report for the month is missing, or came after `due`; at most `limit` of each. */
export async function overdueReports(
  db: Db,
  scopeWhere: SQL | undefined,
  month: string,
  due: string,
  limit: number,
) {
  const list = (which: SQL) => sql`select ${t.projects.id} as "projectId", ${t.projects.name} as name,
      ${t.projects.districtCode}::text as "districtCode", o.name as "ownerName", r.submitted_on as "submittedOn"
    from ${t.projects}
    join ${t.organisations} o on o.id = ${t.projects.ownerId}
    left join lateral (select (submitted_at at time zone 'Asia/Shanghai')::date::text as submitted_on
      from ${t.progressReports} where project_id = ${t.projects.id} and month = ${month} and current) r on true
    where ${and(buildingIn(month), scopeWhere, which)}
    order by ${t.projects.districtCode}, ${t.projects.id} limit ${limit}`;
  type Row = {
    projectId: number;
    name: string;
    districtCode: string;
    ownerName: string;
    submittedOn: string | null;
  };
  const [missing, late] = await Promise.all([
    queryRows<Row>(db, list(sql`r.submitted_on is null`)),
    queryRows<Row>(db, list(sql`r.submitted_on > ${due}`)),
  ]);
  return { missing, late };
}

/** Current reports in scope with their project, newest month first, by status or awaiting a reviewer role. */
export async function reportQueue(
  db: Db,
  scopeWhere: SQL | undefined,
  filter: { month?: string | undefined; status: string; reviewerRole: string | null; limit: number },
) {
  const conditions: (SQL | undefined)[] = [eq(t.progressReports.current, true), scopeWhere];
  if (filter.month) conditions.push(eq(t.progressReports.month, filter.month));
  if (filter.status === "awaiting_me") {
    conditions.push(eq(t.progressReports.status, "submitted"));
    if (filter.reviewerRole) {
      const reviewed = db
        .select({ one: sql`1` })
        .from(t.reportReviews)
        .where(
          and(
            eq(t.reportReviews.reportId, t.progressReports.id),
            eq(t.reportReviews.reviewerRole, filter.reviewerRole),
          ),
        );
      conditions.push(notExists(reviewed));
    }
  } else {
    conditions.push(eq(t.progressReports.status, filter.status));
  }
  const rows = await db
    .select({
      report: t.progressReports,
      project: {
        id: t.projects.id,
        name: t.projects.name,
        districtCode: t.projects.districtCode,
        specialCode: t.projects.specialCode,
      },
    })
    .from(t.progressReports)
    .innerJoin(t.projects, eq(t.projects.id, t.progressReports.projectId))
    .where(and(...conditions))
    .orderBy(desc(t.progressReports.month), t.progressReports.submittedAt)
    .limit(filter.limit);
  const ids = rows.map((r) => r.report.id);
  const reviews = ids.length
    ? await db.select().from(t.reportReviews).where(inArray(t.reportReviews.reportId, ids))
    : [];
  return rows.map((r) => ({ ...r, reviews: reviews.filter((v) => v.reportId === r.report.id) }));
}
