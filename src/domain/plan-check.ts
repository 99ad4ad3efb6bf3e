import type { Discrepancy, PlanSummary } from "./contracts/plan-summary.js";
import { FEN_PER_YI, formatAmount, sumFen, type Fen } from "./money.js";

/** The plan states its figures as 约 (about) whole 亿元: a total within half a 亿 matches. */
export const INVESTMENT_TOLERANCE_FEN = (FEN_PER_YI / 2n) as Fen;

export interface Target {
  code: string;
  zh: string;
  en: string;
  targetProjects: number;
  targetInvestmentFen: Fen;
}

export interface Actual {
  projects: number;
  investmentFen: Fen;
}

export interface PlanTargets {
  code: string;
  name: string;
  headlineProjects: number;
  headlineInvestmentFen: Fen;
  sectors: { code: string; zh: string; en: string }[];
  specials: (Target & { sectorCode: string })[];
  categories: Target[];
}

export interface PlanActuals {
  bySpecial: ReadonlyMap<string, Actual>;
  byCategory: ReadonlyMap<string, Actual>;
}

type Row = PlanSummary["specials"][number];

const yi = (amount: Fen) => `${formatAmount(amount, "yi", 2)}亿元`;
const yiEn = (amount: Fen) => `${formatAmount(amount, "yi", 2)} yi yuan`;
const abs = (n: bigint) => (n < 0n ? -n : n);
const none: Actual = { projects: 0, investmentFen: 0n as Fen };

function compareRow(target: Target, actual: Actual): Omit<Row, "sectorCode"> {
  const diff = actual.investmentFen - target.targetInvestmentFen;
  return {
    code: target.code,
    zh: target.zh,
    en: target.en,
    targetProjects: target.targetProjects,
    actualProjects: actual.projects,
    targetInvestmentFen: target.targetInvestmentFen.toString(),
    actualInvestmentFen: actual.investmentFen.toString(),
    investmentDiffFen: diff.toString(),
    ok: actual.projects === target.targetProjects && abs(diff) <= INVESTMENT_TOLERANCE_FEN,
  };
}

function rowDiscrepancies(row: Omit<Row, "sectorCode">, kind: "special" | "category"): Discrepancy[] {
  const found: Discrepancy[] = [];
  if (row.actualProjects !== row.targetProjects) {
    found.push({
      kind: `${kind}_projects`,
      subject: row.code,
      expected: String(row.targetProjects),
      actual: String(row.actualProjects),
      blocking: true,
      zh: `${row.zh}：计划${row.targetProjects}个项目，项目库${row.actualProjects}个`,
      en: `${row.en}: the plan lists ${row.targetProjects} projects, the library has ${row.actualProjects}`,
    });
  }
  const target = BigInt(row.targetInvestmentFen) as Fen;
  const actual = BigInt(row.actualInvestmentFen) as Fen;
  if (abs(actual - target) > INVESTMENT_TOLERANCE_FEN) {
    found.push({
      kind: `${kind}_investment`,
      subject: row.code,
      expected: target.toString(),
      actual: actual.toString(),
      blocking: true,
      zh: `${row.zh}：计划投资约${yi(target)}，项目库合计${yi(actual)}，超出±0.5亿元`,
      en: `${row.en}: the plan states about ${yiEn(target)}, the library sums to ${yiEn(actual)}, beyond ±0.5`,
    });
  }
  return found;
}

/**
 * Reproduces the plan's table from the library's figures and lists every difference. Differences
 * inside the plan's own text (its headline against the sum of its specials) are reported but do not
 * make the library fail: they are the plan's, not the data's.
 */
export function comparePlan(
  targets: PlanTargets,
  actuals: PlanActuals,
): Omit<PlanSummary, "stages" | "districts"> {
  const specials = targets.specials.map((t) => ({
    ...compareRow(t, actuals.bySpecial.get(t.code) ?? none),
    sectorCode: t.sectorCode,
  }));
  const categories = targets.categories.map((t) => compareRow(t, actuals.byCategory.get(t.code) ?? none));
  const sectors = targets.sectors.map((s) => {
    const own = targets.specials.filter((sp) => sp.sectorCode === s.code);
    const target: Target = {
      ...s,
      targetProjects: own.reduce((n, sp) => n + sp.targetProjects, 0),
      targetInvestmentFen: sumFen(own.map((sp) => sp.targetInvestmentFen)),
    };
    const actual: Actual = {
      projects: own.reduce((n, sp) => n + (actuals.bySpecial.get(sp.code)?.projects ?? 0), 0),
      investmentFen: sumFen(
        own.map((sp) => actuals.bySpecial.get(sp.code)?.investmentFen ?? none.investmentFen),
      ),
    };
    return compareRow(target, actual);
  });

  const specialsTargetFen = sumFen(targets.specials.map((s) => s.targetInvestmentFen));
  const specialsTargetProjects = targets.specials.reduce((n, s) => n + s.targetProjects, 0);
  const totalProjects = categories.reduce((n, c) => n + c.actualProjects, 0);
  const totalFen = sumFen(categories.map((c) => BigInt(c.actualInvestmentFen) as Fen));

  const discrepancies: Discrepancy[] = [];
  if (specialsTargetFen !== targets.headlineInvestmentFen) {
    discrepancies.push({
      kind: "plan_statement",
      subject: targets.code,
      expected: targets.headlineInvestmentFen.toString(),
      actual: specialsTargetFen.toString(),
      blocking: false,
      zh: `方案总投资约${yi(targets.headlineInvestmentFen)}，各专项投资之和为${yi(specialsTargetFen)}，相差${yi((specialsTargetFen - targets.headlineInvestmentFen) as Fen)}（方案原文数据，均为约数）`,
      en: `The plan's headline investment is about ${yiEn(targets.headlineInvestmentFen)}; its specials add up to ${yiEn(specialsTargetFen)}, a difference of ${yiEn((specialsTargetFen - targets.headlineInvestmentFen) as Fen)} (both stated as approximate in the plan)`,
    });
  }
  if (specialsTargetProjects !== targets.headlineProjects) {
    discrepancies.push({
      kind: "plan_statement",
      subject: targets.code,
      expected: String(targets.headlineProjects),
      actual: String(specialsTargetProjects),
      blocking: false,
      zh: `方案项目总数${targets.headlineProjects}个，各专项项目数之和为${specialsTargetProjects}个`,
      en: `The plan's headline is ${targets.headlineProjects} projects; its specials add up to ${specialsTargetProjects}`,
    });
  }
  if (totalProjects !== targets.headlineProjects) {
    discrepancies.push({
      kind: "headline_projects",
      subject: targets.code,
      expected: String(targets.headlineProjects),
      actual: String(totalProjects),
      blocking: true,
      zh: `方案共${targets.headlineProjects}个项目，项目库${totalProjects}个`,
      en: `The plan lists ${targets.headlineProjects} projects, the library has ${totalProjects}`,
    });
  }
  if (abs(totalFen - targets.headlineInvestmentFen) > INVESTMENT_TOLERANCE_FEN) {
    discrepancies.push({
      kind: "headline_investment",
      subject: targets.code,
      expected: targets.headlineInvestmentFen.toString(),
      actual: totalFen.toString(),
      blocking: true,
      zh: `方案总投资约${yi(targets.headlineInvestmentFen)}，项目库合计${yi(totalFen)}`,
      en: `The plan's total is about ${yiEn(targets.headlineInvestmentFen)}, the library sums to ${yiEn(totalFen)}`,
    });
  }
  discrepancies.push(...specials.flatMap((r) => rowDiscrepancies(r, "special")));
  discrepancies.push(...categories.flatMap((r) => rowDiscrepancies(r, "category")));

  return {
    plan: {
      code: targets.code,
      name: targets.name,
      headlineProjects: targets.headlineProjects,
      headlineInvestmentFen: targets.headlineInvestmentFen.toString(),
      specialsTargetInvestmentFen: specialsTargetFen.toString(),
    },
    totals: { projects: totalProjects, investmentFen: totalFen.toString() },
    specials,
    sectors,
    planCategories: categories,
    discrepancies,
    matches: !discrepancies.some((d) => d.blocking),
  };
}
