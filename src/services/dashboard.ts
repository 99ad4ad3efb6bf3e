import type { Dashboard, DashboardFigures, DashboardQuery } from "../domain/contracts/dashboard.js";
import { businessDate } from "../domain/dates.js";
import { monthRange } from "../domain/dispatch/facts.js";
import {
  addSums,
  emptySums,
  levelsAsOf,
  NO_DEPARTMENT,
  percent,
  type RollupDim,
  type RollupSums,
} from "../domain/dispatch/rollups.js";
import { STAGE_LABELS, type Stage } from "../domain/lifecycle.js";
import { LEVEL_LABELS, REGION_EN, type ProjectLevel } from "../domain/plan.js";
import { organisationNames } from "../store/organisations.js";
import { defaultPlanCode, listDistricts, listTaxonomy } from "../store/reference.js";
import { projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";
import { dispatchMonth, scopedRollups, withReadTimeFindings } from "./dispatch-read.js";
import type { RollupRow } from "../store/dispatch-rollups.js";

function figures(s: RollupSums, deadlinePassed: boolean): DashboardFigures {
  return {
    projects: s.projects,
    plannedFen: s.plannedFen.toString(),
    monthFen: s.monthFen.toString(),
    yearToDateFen: s.yearToDateFen.toString(),
    cumulativeFen: s.cumulativeFen.toString(),
    totalFen: s.totalFen.toString(),
    completionRate: percent(s.yearToDateFen, s.plannedFen),
    startsPlannedYear: s.startsPlannedYear,
    startsDue: s.startsDue,
    started: s.started,
    startRate: percent(BigInt(s.started), BigInt(s.startsPlannedYear)),
    reportsDue: s.reportsDue,
    reported: s.reported,
    ...levelsAsOf(s, deadlinePassed),
  };
}

const monthEnd = (month: string) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
};

/** Names of each group's key, in both languages. */
async function groupNames(ctx: ServiceContext, groupBy: RollupDim | "region", keys: string[]) {
  const names = new Map<string, { zh: string; en: string }>();
  if (groupBy === "sector" || groupBy === "special") {
    const plan = await defaultPlanCode(ctx.db);
    const taxonomy = plan ? await listTaxonomy(ctx.db, plan) : { sectors: [], specials: [] };
    for (const s of groupBy === "sector" ? taxonomy.sectors : taxonomy.specials) names.set(s.code, s);
  } else if (groupBy === "district") {
    for (const d of await listDistricts(ctx.db, businessDate(ctx.now())))
      names.set(d.code, { zh: d.name, en: d.nameEn });
  } else if (groupBy === "stage") {
    for (const k of keys) names.set(k, STAGE_LABELS[k as Stage] ?? { zh: k, en: k });
  } else if (groupBy === "level") {
    for (const k of keys) names.set(k, LEVEL_LABELS[k as ProjectLevel] ?? { zh: k, en: k });
  } else if (groupBy === "department") {
    const ids = keys.filter((k) => k !== NO_DEPARTMENT).map(Number);
    for (const [id, name] of await organisationNames(ctx.db, ids))
      names.set(String(id), { zh: name, en: name });
    names.set(NO_DEPARTMENT, { zh: "未指定主管部门", en: "No lead department" });
  } else if (groupBy === "region") {
    for (const k of keys) names.set(k, { zh: k, en: REGION_EN[k] ?? k });
  }
  return names;
}

/** District rows summed into the regions they belonged to at the end of the month. */
async function byRegion(ctx: ServiceContext, month: string, rows: RollupRow[]): Promise<RollupRow[]> {
  const regionOf = new Map((await listDistricts(ctx.db, monthEnd(month))).map((d) => [d.code, d.region]));
  const regions = new Map<string, RollupRow>();
  for (const r of rows) {
    const key = regionOf.get(r.key) || "—";
    const sum = regions.get(key) ?? { ...emptySums(), month, dim: "district" as const, key };
    regions.set(key, { ...addSums(sum, r), month, dim: "district", key });
  }
  return [...regions.values()];
}

/**
 * The dispatch dashboard for a month over the caller's scope: totals, one row per group, and the year's
 * months so far. Figures come from rollups kept in step with every change, so the cost follows the
 * number of groups, not of projects.
 */
export async function dashboardFor(ctx: ServiceContext, query: DashboardQuery): Promise<Dashboard> {
  const { month, groupBy } = query;
  const scope = await projectScope(ctx);
  const { today, start, dueOf, passed } = await dispatchMonth(ctx, month);
  const january = `${month.slice(0, 4)}-01`;
  const months = monthRange(january < start ? start : january, month);
  const dim: RollupDim = groupBy === "region" ? "district" : groupBy;
  const kept = await scopedRollups(ctx, scope, months, ["total", dim]);
  const rows = await withReadTimeFindings(ctx, scope, kept, today, passed);

  const totalOf = (m: string) => rows.find((r) => r.month === m && r.dim === "total") ?? emptySums();
  let groupRows = rows.filter((r) => r.month === month && r.dim === dim && r.projects > 0);
  if (groupBy === "region") groupRows = await byRegion(ctx, month, groupRows);
  const names = await groupNames(
    ctx,
    groupBy,
    groupRows.map((r) => r.key),
  );
  return {
    month,
    groupBy,
    asOf: today,
    reportDueDate: dueOf(month),
    totals: figures(totalOf(month), passed(month)),
    groups: groupRows
      .map((r) => ({
        key: r.key,
        ...(names.get(r.key) ?? { zh: r.key, en: r.key }),
        ...figures(r, passed(month)),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    series: months.map((m) => ({ month: m, ...figures(totalOf(m), passed(m)) })),
  };
}
