import type { ProjectScope } from "../domain/access.js";
import { businessDate } from "../domain/dates.js";
import { raiseLevel, type RollupDim } from "../domain/dispatch/rollups.js";
import { APPROVAL_KIND_LABELS } from "../domain/approvals/rules.js";
import {
  approvalOverdue,
  coordinationOverdue,
  reportDueDate,
  type OverdueApprovalItem,
  type OverdueProblem,
  type WarningLevel,
} from "../domain/dispatch/warnings.js";
import { invalidFields } from "../domain/errors.js";
import { readRollups, summedFacts, type RollupRow } from "../store/dispatch-rollups.js";
import { dispatchOverview } from "../store/dispatch-settings.js";
import { factsInMonth } from "../store/dispatch-facts.js";
import { scopeCondition } from "../store/projects.js";
import { overdueApprovals } from "../store/approvals.js";
import { overdueProblems } from "../store/warnings.js";
import type { ServiceContext } from "./context.js";
import { ensureDispatchThrough } from "./dispatch-upkeep.js";

/** The stored rollup scope matching a caller's, or null when its figures are summed from facts. */
function storedScope(scope: ProjectScope): { kind: "all" | "district" | "department"; key: string } | null {
  if (scope.kind === "all") return { kind: "all", key: "" };
  const { districtCodes, ownerIds, leadDepartmentIds, whitelist } = scope;
  const parts = districtCodes.length + ownerIds.length + leadDepartmentIds.length + (whitelist ? 1 : 0);
  if (parts !== 1) return null;
  if (districtCodes[0]) return { kind: "district", key: districtCodes[0] };
  if (leadDepartmentIds[0] !== undefined) return { kind: "department", key: String(leadDepartmentIds[0]) };
  return null;
}

/** Rollup rows of a scope: stored ones for the city, a district or a department; summed from facts otherwise. */
export function scopedRollups(
  ctx: ServiceContext,
  scope: ProjectScope,
  months: string[],
  dims: RollupDim[],
): Promise<RollupRow[]> {
  const stored = storedScope(scope);
  return stored
    ? readRollups(ctx.db, stored, months, dims)
    : summedFacts(ctx.db, scopeCondition(scope), months, dims);
}

/**
 * Checks a month can be assessed (from the plan's start to this month), builds its figures if first asked,
 * and tells its deadline and whether that has passed.
 */
export async function dispatchMonth(ctx: ServiceContext, month: string) {
  const today = businessDate(ctx.now());
  const { settings, throughMonth, startMonth: start } = await dispatchOverview(ctx.db);
  if (month > today.slice(0, 7) || !start || month < start) {
    throw invalidFields([
      {
        field: "month",
        message: `月份须在 ${start ?? "计划开始"} 至本月之间`,
        messageEn: `the month must lie between ${start ?? "the plan's start"} and this month`,
      },
    ]);
  }
  if (!throughMonth || throughMonth < month) await ensureDispatchThrough(ctx.db, month);
  const dueOf = (m: string) => reportDueDate(m, settings.reportDueDay);
  return { today, start, settings, dueOf, passed: (m: string) => today > dueOf(m) };
}

const monthEnd = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The day a month is judged on: its last day, or today while it runs. */
const judgedOn = (month: string, today: string) => (monthEnd(month) < today ? monthEnd(month) : today);

/** What is decided on read for one project in one month: its overdue problems and approvals. */
export interface ReadTimeFindings {
  overdueProblems: OverdueProblem[];
  overdueApprovals: OverdueApprovalItem[];
}

/** Findings for the projects of a scope as a month stood at its end (or today, while it runs). */
export async function findingsIn(
  ctx: ServiceContext,
  scope: ProjectScope,
  month: string,
  today: string,
): Promise<Map<number, ReadTimeFindings>> {
  return (await findingsByMonth(ctx, scope, [month], today)).get(month) ?? new Map();
}

/**
 * The same for several months. Problems are few: read once for the span and sorted out per month.
 * Overdue approvals depend on the working-day calendar at each date, so each month asks for its own.
 */
async function findingsByMonth(
  ctx: ServiceContext,
  scope: ProjectScope,
  months: string[],
  today: string,
): Promise<Map<string, Map<number, ReadTimeFindings>>> {
  const out = new Map<string, Map<number, ReadTimeFindings>>();
  const latest = months
    .map((m) => judgedOn(m, today))
    .sort()
    .at(-1);
  if (!latest) return out;
  const where = scopeCondition(scope);
  const problems = await overdueProblems(ctx.db, where, latest);
  for (const month of months) {
    const asOf = judgedOn(month, today);
    const byProject = new Map<number, ReadTimeFindings>();
    const entry = (id: number) => {
      const found = byProject.get(id) ?? { overdueProblems: [], overdueApprovals: [] };
      byProject.set(id, found);
      return found;
    };
    for (const p of problems) {
      if (!(p.dueDate < asOf && p.raisedOn <= asOf && (p.resolvedOn === null || p.resolvedOn > asOf)))
        continue;
      const days = Math.round((Date.parse(asOf) - Date.parse(p.dueDate)) / 86_400_000);
      entry(p.projectId).overdueProblems.push({ title: p.title, dueDate: p.dueDate, daysOverdue: days });
    }
    for (const a of await overdueApprovals(ctx.db, where, asOf)) {
      const label = APPROVAL_KIND_LABELS[a.kind];
      entry(a.projectId).overdueApprovals.push({
        kindZh: label.zh,
        kindEn: label.en,
        approvingBody: a.approvingBody,
        targetDue: a.targetDue,
        workingDaysOverdue: a.workingDaysOverdue,
      });
    }
    out.set(month, byProject);
  }
  return out;
}

/** The level the read-time findings give a project, if any. */
function findingLevel(f: ReadTimeFindings | undefined): WarningLevel | null {
  const levels = [coordinationOverdue(f?.overdueProblems), approvalOverdue(f?.overdueApprovals)]
    .filter((r) => r !== null)
    .map((r) => r.level);
  if (!levels.length) return null;
  return levels.includes("red") ? "red" : "yellow";
}

/**
 * Applies the findings decided on read (overdue coordination problems and approvals) to rollup rows of a
 * scope, month by month, so that counts agree with the projects listed on the warning board.
 */
export async function withReadTimeFindings(
  ctx: ServiceContext,
  scope: ProjectScope,
  rows: RollupRow[],
  today: string,
  passed: (month: string) => boolean,
): Promise<RollupRow[]> {
  const copy = rows.map((r) => ({ ...r }));
  const months = [...new Set(copy.map((r) => r.month))];
  const byMonth = await findingsByMonth(ctx, scope, months, today);
  for (const month of months) {
    const findings = byMonth.get(month);
    if (!findings?.size) continue;
    const monthRows = copy.filter((r) => r.month === month);
    for (const fact of await factsInMonth(ctx.db, month, [...findings.keys()])) {
      const level = findingLevel(findings.get(fact.projectId));
      if (level) raiseLevel(monthRows, fact, level, passed(month));
    }
  }
  return copy;
}
