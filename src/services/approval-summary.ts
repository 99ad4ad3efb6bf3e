import type { ProjectScope } from "../domain/access.js";
import { EARLIEST_APPROVAL_DATE } from "../domain/approvals/input-rules.js";
import { approvalStanding, PLAN_SPEEDUP_PERCENT, type ApprovalKind } from "../domain/approvals/rules.js";
import { figuresBy, slaFigures, type SlaFigures } from "../domain/approvals/speedup.js";
import { workingDaysBetween, type WorkingCalendar } from "../domain/approvals/working-days.js";
import type { ApprovalSummary } from "../domain/contracts/approvals.js";
import { businessDate, isIsoDate } from "../domain/dates.js";
import { invalidFields, type FieldProblem } from "../domain/errors.js";
import { completedApprovals, openApprovals } from "../store/approvals.js";
import { yearsWithCalendar } from "../store/calendar.js";
import type { Db } from "../store/db.js";
import { projectScope } from "./access.js";
import { loadCalendar } from "./calendar.js";
import type { ServiceContext } from "./context.js";

/**
 * How fast approvals are done against the law, over items completed in a period: the share done
 * within target and the median speed-up (1 − elapsed / statutory, in working days with holidays),
 * overall, by approving body and by kind; and where the items still open stand.
 */

const LATEST_DATE = "2100-12-31";

function periodProblems(from: string, to: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!isIsoDate(value) || value < EARLIEST_APPROVAL_DATE || value > LATEST_DATE)
      problems.push({
        field,
        message: `“${value}”不是 ${EARLIEST_APPROVAL_DATE} 至 ${LATEST_DATE} 之间的有效日期`,
        messageEn: `"${value}" is not a calendar date between ${EARLIEST_APPROVAL_DATE} and ${LATEST_DATE}`,
      });
  }
  if (problems.length === 0 && from > to)
    problems.push({
      field: "from",
      message: `起始日期不能晚于截止日期（${to}）`,
      messageEn: `the start cannot be after the end (${to})`,
    });
  return problems;
}

/** Completed items of [from, to] in scope, each with its working days used. */
async function completedWithElapsed(
  db: Db,
  scope: ProjectScope,
  from: string,
  to: string,
  calendar: WorkingCalendar,
) {
  const rows = await completedApprovals(db, scope, from, to);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as ApprovalKind,
    elapsedDays: workingDaysBetween(calendar, r.submittedOn, r.completedOn ?? r.submittedOn),
  }));
}

/**
 * The figures of items completed in [from, to] over a scope: used by the plan's indicator
 * APPROVAL_SPEEDUP (评估、审批、备案办结时间比法定办结时限提速).
 */
export async function completedApprovalFigures(
  db: Db,
  scope: ProjectScope,
  from: string,
  to: string,
): Promise<SlaFigures> {
  const calendar = await loadCalendar(db);
  return slaFigures(await completedWithElapsed(db, scope, from, to, calendar));
}

/** The summary over the caller's scope; the period defaults to this year up to today. */
export async function approvalSummary(
  ctx: ServiceContext,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<ApprovalSummary> {
  const scope = await projectScope(ctx);
  const today = businessDate(ctx.now());
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  const problems = periodProblems(from, to);
  if (problems.length) throw invalidFields(problems);
  const asOf = to < today ? to : today;
  const calendar = await loadCalendar(ctx.db);
  const completed = await completedWithElapsed(ctx.db, scope, from, to, calendar);
  const open = (await openApprovals(ctx.db, scope, asOf)).map(
    (r) => approvalStanding({ ...r, completedOn: null }, asOf, calendar).status,
  );
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const kept = new Set(await yearsWithCalendar(ctx.db, fromYear, toYear));
  const missing: number[] = [];
  for (let y = fromYear; y <= toYear; y++) if (!kept.has(y)) missing.push(y);
  return {
    from,
    to,
    asOf,
    wholePlan: scope.kind === "all",
    planTargetPct: PLAN_SPEEDUP_PERCENT,
    overall: slaFigures(completed),
    byBody: figuresBy(completed, (r) => r.approvingBody).map(({ key, ...f }) => ({ body: key, ...f })),
    byKind: figuresBy(completed, (r) => r.kind).map(({ key, ...f }) => ({ kind: key, ...f })),
    open: {
      total: open.length,
      withinTarget: open.filter((s) => s === "open_within_target").length,
      atRisk: open.filter((s) => s === "open_at_risk").length,
      overdue: open.filter((s) => s === "open_overdue").length,
    },
    calendarMissingYears: missing,
  };
}
