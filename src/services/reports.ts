import type { Report, ReportInput } from "../domain/contracts/report.js";
import { businessDate } from "../domain/dates.js";
import { reportProblems, reportStatus } from "../domain/dispatch/report-rules.js";
import { AppError, invalidFields, notFound } from "../domain/errors.js";
import { lockProject } from "../store/project-writes.js";
import { findProject } from "../store/projects.js";
import {
  findReport,
  insertReportVersion,
  refreshCompleted,
  reportNeighbours,
  reportsOf,
  saveReview,
  setReportStatus,
} from "../store/reports.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { refreshDispatch } from "./dispatch-upkeep.js";

type ReportRow = Awaited<ReturnType<typeof reportsOf>>[number];

export function presentReport(r: Omit<ReportRow, "reviews"> & { reviews?: ReportRow["reviews"] }): Report {
  return {
    id: r.id,
    month: r.month,
    version: r.version,
    current: r.current,
    investedFen: r.investedFen.toString(),
    progressPct: r.progressPct,
    progressText: r.progressText,
    milestones: r.milestones,
    problems: r.problems,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    reviews: (r.reviews ?? []).map((v) => ({
      reviewerRole: v.reviewerRole,
      decision: v.decision,
      reason: v.reason,
      at: v.at.toISOString(),
    })),
  };
}

async function visibleProject(ctx: ServiceContext, projectId: number) {
  const found = await findProject(ctx.db, projectId, await projectScope(ctx));
  if (!found) throw notFound("项目", "Project", projectId);
  return found;
}

/**
 * Takes an owner's monthly report. A correction is a new version of the month: the old one is kept,
 * the project's cumulative investment follows the current versions.
 */
export async function submitReport(
  ctx: ServiceContext,
  projectId: number,
  input: ReportInput,
): Promise<Report> {
  await requirePermission(ctx, "projects.edit", "report");
  await requireWriter(ctx, "report");
  await visibleProject(ctx, projectId);
  const investedFen = BigInt(input.investedFen);
  const created = await ctx.db.transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    if (!project) throw notFound("项目", "Project", projectId);
    const around = await reportNeighbours(tx, projectId, input.month);
    const problems = reportProblems(
      { month: input.month, investedFen, progressPct: input.progressPct },
      {
        ...project,
        currentMonth: businessDate(ctx.now()).slice(0, 7),
        openingFen: project.openingCompletedFen,
        ...around,
      },
    );
    if (problems.length) throw invalidFields(problems);
    const row = await insertReportVersion(
      tx,
      {
        projectId,
        ...input,
        investedFen,
        status: "submitted",
        submittedAt: ctx.now(),
        submittedBy: principalOf(ctx)?.userId ?? null,
      },
      around.existing,
    );
    await refreshCompleted(tx, projectId);
    await refreshDispatch(tx, [projectId]);
    await record(ctx, tx, {
      action: "report.submitted",
      entityType: "report",
      entityId: row.id,
      before: around.existing,
      after: row,
      details: { projectId, month: input.month },
    });
    return row;
  });
  return presentReport(created);
}

export async function listReports(ctx: ServiceContext, projectId: number): Promise<Report[]> {
  await visibleProject(ctx, projectId);
  return (await reportsOf(ctx.db, projectId)).map(presentReport);
}

/** The district or the lead department accepts a current report, or returns it with a reason. */
export async function reviewReport(
  ctx: ServiceContext,
  reportId: number,
  input: { decision: "accepted" | "returned"; reason: string },
): Promise<Report> {
  await requirePermission(ctx, "reports.review", "report");
  const principal = principalOf(ctx);
  const role = principal?.roles.find((r) => r === "district" || r === "department");
  const report = await findReport(ctx.db, reportId);
  if (!report || !role) throw notFound("月报", "Report", reportId);
  await visibleProject(ctx, report.projectId);
  if (!report.current)
    throw new AppError(
      409,
      "not_current",
      "该月报已被新版本替代，请审核最新版本",
      "This report was replaced by a newer version; review that one",
    );
  if (input.decision === "returned" && input.reason.length < 2) {
    throw invalidFields([
      { field: "reason", message: "退回须说明原因", messageEn: "a reason is required to return a report" },
    ]);
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const reviews = await saveReview(tx, {
      reportId,
      reviewerRole: role,
      decision: input.decision,
      reason: input.reason,
      reviewerId: principal?.userId ?? null,
      at: ctx.now(),
    });
    const status = reportStatus(reviews);
    await setReportStatus(tx, reportId, status);
    await record(ctx, tx, {
      action: `report.${input.decision}`,
      entityType: "report",
      entityId: reportId,
      details: { role, reason: input.reason, status },
    });
    return { ...report, status, reviews };
  });
  return presentReport(updated);
}
