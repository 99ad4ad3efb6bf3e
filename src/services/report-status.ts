import type { QueuedReport, ReportStatus } from "../domain/contracts/report.js";
import { businessDate } from "../domain/dates.js";
import { reportDueDate } from "../domain/dispatch/warnings.js";
import { readDispatchSettings } from "../store/dispatch-settings.js";
import { organisationNames } from "../store/organisations.js";
import { scopeCondition } from "../store/projects.js";
import { listDistricts } from "../store/reference.js";
import { overdueReports, reportQueue, reportTallies, type Tally } from "../store/report-status.js";
import { principalOf, projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";
import { presentReport } from "./reports.js";

const LIST_LIMIT = 500;

const counts = ({ due, onTime, late, missing, awaitingReview }: Omit<Tally, "key">) => ({
  due,
  onTime,
  late,
  missing,
  awaitingReview,
});

/** Who has and has not reported for a month, per district and lead department, over the caller's scope. */
export async function reportStatusFor(ctx: ServiceContext, month: string): Promise<ReportStatus> {
  const where = scopeCondition(await projectScope(ctx));
  const { reportDueDay } = await readDispatchSettings(ctx.db);
  const due = reportDueDate(month, reportDueDay);
  const today = businessDate(ctx.now());
  const [{ byDistrict, byDepartment }, lists, districts] = await Promise.all([
    reportTallies(ctx.db, where, month, due),
    overdueReports(ctx.db, where, month, due, LIST_LIMIT),
    listDistricts(ctx.db, today),
  ]);
  const departmentNames = await organisationNames(
    ctx.db,
    byDepartment.filter((d) => d.key !== null).map((d) => Number(d.key)),
  );
  const districtName = new Map(districts.map((d) => [d.code, d]));
  const totals = byDistrict.reduce(
    (sum, d) => ({
      due: sum.due + d.due,
      onTime: sum.onTime + d.onTime,
      late: sum.late + d.late,
      missing: sum.missing + d.missing,
      awaitingReview: sum.awaitingReview + d.awaitingReview,
    }),
    { due: 0, onTime: 0, late: 0, missing: 0, awaitingReview: 0 },
  );
  const worstFirst = (a: Tally, b: Tally) =>
    b.missing + b.late - (a.missing + a.late) || (a.key < b.key ? -1 : 1);
  return {
    month,
    dueDate: due,
    deadlinePassed: today > due,
    totals,
    byDistrict: byDistrict.sort(worstFirst).map((d) => ({
      code: d.key,
      zh: districtName.get(d.key)?.name ?? d.key,
      en: districtName.get(d.key)?.nameEn ?? d.key,
      ...counts(d),
    })),
    byDepartment: byDepartment
      .filter((d) => d.key !== null)
      .sort(worstFirst)
      .map((d) => ({ id: Number(d.key), zh: departmentNames.get(Number(d.key)) ?? d.key, ...counts(d) })),
    missing: lists.missing,
    late: lists.late,
  };
}

/** Reports for the caller to review (or by status), with their projects, within its scope. */
export async function reportQueueFor(
  ctx: ServiceContext,
  query: { month?: string | undefined; status: string; limit: number },
): Promise<QueuedReport[]> {
  const where = scopeCondition(await projectScope(ctx));
  const reviewerRole = principalOf(ctx)?.roles.find((r) => r === "district" || r === "department") ?? null;
  const rows = await reportQueue(ctx.db, where, { ...query, reviewerRole });
  return rows.map((r) => ({ ...presentReport({ ...r.report, reviews: r.reviews }), project: r.project }));
}
