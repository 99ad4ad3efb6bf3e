import type { RollingPlan } from "../domain/contracts/rolling-plan.js";
import { businessDate } from "../domain/dates.js";
import { plannedByGroupAndYear, projectsInWindow, type RollingGroup } from "../store/rolling-plan.js";
import { defaultPlanCode, listDistricts, listTaxonomy } from "../store/reference.js";
import { projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";

interface GroupLabel {
  code: string;
  zh: string;
  en: string;
  targetProjects: number | null;
  targetInvestmentFen: bigint | null;
}

async function groupLabels(ctx: ServiceContext, group: RollingGroup): Promise<GroupLabel[]> {
  const plan = await defaultPlanCode(ctx.db);
  if (group === "district") {
    return (await listDistricts(ctx.db, businessDate(ctx.now()))).map((d) => ({
      code: d.code,
      zh: d.name,
      en: d.nameEn,
      targetProjects: null,
      targetInvestmentFen: null,
    }));
  }
  const taxonomy = plan ? await listTaxonomy(ctx.db, plan) : { sectors: [], specials: [] };
  if (group === "special") {
    return taxonomy.specials.map((s) => ({
      code: s.code,
      zh: s.zh,
      en: s.en,
      targetProjects: s.targetProjects,
      targetInvestmentFen: s.targetInvestmentFen,
    }));
  }
  return taxonomy.sectors.map((s) => {
    const own = taxonomy.specials.filter((sp) => sp.sectorCode === s.code);
    return {
      code: s.code,
      zh: s.zh,
      en: s.en,
      targetProjects: own.reduce((n, sp) => n + sp.targetProjects, 0),
      targetInvestmentFen: own.reduce((sum, sp) => sum + sp.targetInvestmentFen, 0n),
    };
  });
}

/** The 3-year rolling plan (or any window up to 5 years) by sector, special or district, over the caller's scope. */
export async function rollingPlan(
  ctx: ServiceContext,
  query: { from: number; years: number; groupBy: RollingGroup },
): Promise<RollingPlan> {
  const scope = await projectScope(ctx);
  const years = Array.from({ length: query.years }, (_, i) => query.from + i);
  const to = years.at(-1) ?? query.from;
  const [labels, amounts, counts] = await Promise.all([
    groupLabels(ctx, query.groupBy),
    plannedByGroupAndYear(ctx.db, scope, query.groupBy, query.from, to),
    projectsInWindow(ctx.db, scope, query.groupBy, query.from, to),
  ]);
  const amount = (key: string, year: number) =>
    BigInt(amounts.find((a) => a.key === key && a.year === year)?.plannedFen ?? "0");
  const rows = labels.map((l) => {
    const perYear = years.map((y) => amount(l.code, y));
    return {
      code: l.code,
      zh: l.zh,
      en: l.en,
      amountsFen: perYear.map(String),
      totalFen: perYear.reduce((s, v) => s + v, 0n).toString(),
      projects: counts.find((c) => c.key === l.code)?.projects ?? 0,
      targetProjects: l.targetProjects,
      targetInvestmentFen: l.targetInvestmentFen?.toString() ?? null,
    };
  });
  const yearTotals = years.map((_, i) => rows.reduce((s, r) => s + BigInt(r.amountsFen[i] ?? "0"), 0n));
  return {
    years,
    rows,
    totals: {
      amountsFen: yearTotals.map(String),
      totalFen: yearTotals.reduce((s, v) => s + v, 0n).toString(),
    },
  };
}
