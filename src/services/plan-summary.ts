import type { PlanSummary } from "../domain/contracts/plan-summary.js";
import { businessDate } from "../domain/dates.js";
import { notFound } from "../domain/errors.js";
import type { Fen } from "../domain/money.js";
import { comparePlan, type Actual } from "../domain/plan-check.js";
import { STAGE_LABELS, STAGES, type PlanCategory } from "../domain/lifecycle.js";
import { planFigures } from "../store/projects.js";
import { findPlan, listDistricts, listTaxonomy } from "../store/reference.js";
import { projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";

const asFen = (s: string) => BigInt(s) as Fen;

function toActuals(rows: { key: string; projects: number; investmentFen: string }[]): Map<string, Actual> {
  return new Map(rows.map((r) => [r.key, { projects: r.projects, investmentFen: asFen(r.investmentFen) }]));
}

/** The plan's table reproduced from the library over the caller's scope: targets against actuals, with every discrepancy. */
export async function getPlanSummary(ctx: ServiceContext, planCode: string): Promise<PlanSummary> {
  const scope = await projectScope(ctx);
  const plan = await findPlan(ctx.db, planCode);
  if (!plan) throw notFound("计划", "Plan", planCode);
  const [taxonomy, figures, districts] = await Promise.all([
    listTaxonomy(ctx.db, planCode),
    planFigures(ctx.db, planCode, scope),
    listDistricts(ctx.db, businessDate(ctx.now())),
  ]);
  const compared = comparePlan(
    {
      code: plan.code,
      name: plan.name,
      headlineProjects: plan.headlineProjects,
      headlineInvestmentFen: plan.headlineInvestmentFen as Fen,
      sectors: taxonomy.sectors,
      specials: taxonomy.specials.map((s) => ({ ...s, targetInvestmentFen: s.targetInvestmentFen as Fen })),
      categories: taxonomy.planCategories.map((c) => ({
        code: c.category,
        zh: c.zh,
        en: STAGE_LABELS[c.category as PlanCategory]?.en ?? c.category,
        targetProjects: c.targetProjects,
        targetInvestmentFen: c.targetInvestmentFen as Fen,
      })),
    },
    { bySpecial: toActuals(figures.bySpecial), byCategory: toActuals(figures.byCategory) },
  );
  const stageRows = new Map(figures.byStage.map((r) => [r.key, r]));
  const districtRows = new Map(figures.byDistrict.map((r) => [r.key, r]));
  return {
    ...compared,
    stages: STAGES.map((code) => ({
      code,
      projects: stageRows.get(code)?.projects ?? 0,
      investmentFen: stageRows.get(code)?.investmentFen ?? "0",
    })),
    districts: districts
      .map((d) => ({
        code: d.code,
        name: d.name,
        region: d.region,
        projects: districtRows.get(d.code)?.projects ?? 0,
        investmentFen: districtRows.get(d.code)?.investmentFen ?? "0",
      }))
      .sort((a, b) =>
        BigInt(b.investmentFen) > BigInt(a.investmentFen)
          ? 1
          : BigInt(b.investmentFen) < BigInt(a.investmentFen)
            ? -1
            : 0,
      ),
  };
}
