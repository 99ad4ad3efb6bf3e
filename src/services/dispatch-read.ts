import type { ProjectScope } from "../domain/access.js";
import { businessDate } from "../domain/dates.js";
import { raiseLevel, type RollupDim } from "../domain/dispatch/rollups.js";
import { coordinationOverdue, reportDueDate, type OverdueProblem } from "../domain/dispatch/warnings.js";
import { invalidFields } from "../domain/errors.js";
import { readRollups, summedFacts, type RollupRow } from "../store/dispatch-rollups.js";
import { dispatchStartMonth, readDispatchSettings } from "../store/dispatch-settings.js";
import { factsInMonth } from "../store/dispatch-facts.js";
import { scopeCondition } from "../store/projects.js";
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
  const start = await dispatchStartMonth(ctx.db);
  if (month > today.slice(0, 7) || !start || month < start) {
    throw invalidFields([
      {
        field: "month",
        message: `月份须在 ${start ?? "计划开始"} 至本月之间`,
        messageEn: `the month must lie between ${start ?? "the plan's start"} and this month`,
      },
    ]);
  }
  await ensureDispatchThrough(ctx.db, month);
  const settings = await readDispatchSettings(ctx.db);
  const dueOf = (m: string) => reportDueDate(m, settings.reportDueDay);
  return { today, start, settings, dueOf, passed: (m: string) => today > dueOf(m) };
}

const monthEnd = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Coordination problems overdue at a month's end (or today, if sooner), per project of the scope. */
export async function overdueProblemsIn(
  ctx: ServiceContext,
  scope: ProjectScope,
  month: string,
  today: string,
): Promise<Map<number, OverdueProblem[]>> {
  const asOf = monthEnd(month) < today ? monthEnd(month) : today;
  const out = new Map<number, OverdueProblem[]>();
  for (const { projectId, ...p } of await overdueProblems(ctx.db, scopeCondition(scope), asOf)) {
    out.set(projectId, [...(out.get(projectId) ?? []), p]);
  }
  return out;
}

/**
 * Applies the findings decided on read (overdue coordination problems) to rollup rows of a scope,
 * month by month, so that counts agree with the projects listed on the warning board.
 */
export async function withOverdueProblems(
  ctx: ServiceContext,
  scope: ProjectScope,
  rows: RollupRow[],
  today: string,
  passed: (month: string) => boolean,
): Promise<RollupRow[]> {
  const copy = rows.map((r) => ({ ...r }));
  for (const month of new Set(copy.map((r) => r.month))) {
    const overdue = await overdueProblemsIn(ctx, scope, month, today);
    if (!overdue.size) continue;
    const monthRows = copy.filter((r) => r.month === month);
    for (const fact of await factsInMonth(ctx.db, month, [...overdue.keys()])) {
      const finding = coordinationOverdue(overdue.get(fact.projectId));
      if (finding) raiseLevel(monthRows, fact, finding.level, passed(month));
    }
  }
  return copy;
}
