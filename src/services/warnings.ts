import type { Warnings } from "../domain/contracts/warnings.js";
import { emptySums, levelsAsOf } from "../domain/dispatch/rollups.js";
import { assessProjectMonth, SEVERITY } from "../domain/dispatch/warnings.js";
import { scopeCondition } from "../store/projects.js";
import { flaggedProjects, warningInputs } from "../store/warnings.js";
import { projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";
import { dispatchMonth, findingsIn, scopedRollups, withReadTimeFindings } from "./dispatch-read.js";
import { rulesOf } from "./dispatch-upkeep.js";

function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Red / yellow / green over the caller's scope in a month: counts and roll-ups from the dispatch rollups,
 * and the flagged projects (worst first, up to `limit`) with every reason, assessed afresh.
 */
export async function warningsFor(
  ctx: ServiceContext,
  query: { month: string; limit: number },
): Promise<Warnings> {
  const { month, limit } = query;
  const scope = await projectScope(ctx);
  const { today, settings, passed } = await dispatchMonth(ctx, month);
  const deadlinePassed = passed(month);
  const kept = await scopedRollups(ctx, scope, [month], ["total", "special", "sector", "district"]);
  const rows = await withReadTimeFindings(ctx, scope, kept, today, passed);
  const levels = (dim: string) =>
    rows
      .filter((r) => r.dim === dim && r.projects > 0)
      .map((r) => ({ code: r.key, ...levelsAsOf(r, deadlinePassed) }))
      .sort((a, b) => b.red - a.red || b.yellow - a.yellow || (a.code < b.code ? -1 : 1));
  const total = rows.find((r) => r.dim === "total") ?? emptySums();

  const rules = rulesOf(settings);
  const overdue = await findingsIn(ctx, scope, month, today);
  const flagged = await flaggedProjects(ctx.db, scopeCondition(scope), month, deadlinePassed, limit + 1);
  const ids = [...new Set([...overdue.keys(), ...flagged])];
  const { projects, reports } = await warningInputs(
    ctx.db,
    ids.slice(0, limit),
    month,
    monthsBefore(month, rules.stallReports),
  );
  const byProject = new Map<number, typeof reports>();
  for (const r of reports) byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r]);
  const assessed = projects.map((p) => ({
    p,
    ...assessProjectMonth(
      {
        month,
        today,
        stage: p.stage,
        plannedStart: p.plannedStart,
        actualStart: p.actualStart,
        actualEnd: p.actualEnd,
        annualPlanFen: BigInt(p.annualPlanFen),
        yearToDateFen: BigInt(p.yearToDateFen),
        reports: byProject.get(p.id) ?? [],
        overdueProblems: overdue.get(p.id)?.overdueProblems ?? [],
        overdueApprovals: overdue.get(p.id)?.overdueApprovals ?? [],
      },
      rules,
    ),
  }));
  return {
    month,
    summary: levelsAsOf(total, deadlinePassed),
    projects: assessed
      .filter((a) => a.level !== "green")
      .sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level] || a.p.id - b.p.id)
      .map(({ p, level, reasons }) => ({
        id: p.id,
        name: p.name,
        specialCode: p.specialCode,
        sectorCode: p.sectorCode,
        districtCode: p.districtCode,
        level,
        reasons,
      })),
    more: ids.length > limit,
    bySpecial: levels("special"),
    bySector: levels("sector"),
    byDistrict: levels("district"),
  };
}
