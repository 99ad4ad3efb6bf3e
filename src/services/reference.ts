import type { Reference } from "../domain/contracts/reference.js";
import { businessDate } from "../domain/dates.js";
import { notFound } from "../domain/errors.js";
import { PLAN_CATEGORIES, STAGE_LABELS, STAGES } from "../domain/lifecycle.js";
import { LEVEL_LABELS, PROJECT_LEVELS } from "../domain/plan.js";
import { defaultPlanCode, findPlan, listDistricts, listTaxonomy } from "../store/reference.js";
import type { ServiceContext } from "./context.js";

/** The taxonomy, districts and code lists a client needs to filter and label projects. */
export async function getReference(ctx: ServiceContext): Promise<Reference> {
  const code = await defaultPlanCode(ctx.db);
  const plan = code ? await findPlan(ctx.db, code) : null;
  if (!code || !plan) throw notFound("计划", "Plan", "(none loaded)");
  const [taxonomy, districts] = await Promise.all([
    listTaxonomy(ctx.db, code),
    listDistricts(ctx.db, businessDate(ctx.now())),
  ]);
  return {
    plan: { code: plan.code, name: plan.name, startYear: plan.startYear, endYear: plan.endYear },
    categories: taxonomy.categories.map((c) => ({
      code: c.code,
      zh: c.zh,
      en: c.en,
      sectorCodes: taxonomy.sectors.filter((s) => s.categoryCode === c.code).map((s) => s.code),
    })),
    sectors: taxonomy.sectors.map((s) => ({
      code: s.code,
      zh: s.zh,
      en: s.en,
      no: s.no,
      categoryCode: s.categoryCode,
    })),
    specials: taxonomy.specials.map((s) => ({
      code: s.code,
      zh: s.zh,
      en: s.en,
      sectorCode: s.sectorCode,
      scope: s.scope,
      targetProjects: s.targetProjects,
      targetInvestmentFen: s.targetInvestmentFen.toString(),
    })),
    districts,
    regions: [...new Set(districts.map((d) => d.region))],
    stages: STAGES.map((s) => ({ code: s, ...STAGE_LABELS[s] })),
    planCategories: PLAN_CATEGORIES.map((c) => ({ code: c, ...STAGE_LABELS[c] })),
    levels: PROJECT_LEVELS.map((l) => ({ code: l, ...LEVEL_LABELS[l] })),
    fundingSources: plan.fundingSources,
  };
}
