import { describe, expect, it } from "vitest";
import { FEN_PER_YI, type Fen } from "./money.js";
import { comparePlan, type PlanActuals, type PlanTargets } from "./plan-check.js";

const yi = (n: number) => ((BigInt(Math.round(n * 100)) * FEN_PER_YI) / 100n) as Fen;

/** A two-special plan whose headline (10 亿) differs from its specials' sum (11 亿), like the real one. */
const targets: PlanTargets = {
  code: "T",
  name: "测试计划",
  headlineProjects: 5,
  headlineInvestmentFen: yi(10),
  sectors: [{ code: "S", zh: "板块", en: "Sector" }],
  specials: [
    { code: "S-1", sectorCode: "S", zh: "专项一", en: "One", targetProjects: 2, targetInvestmentFen: yi(4) },
    { code: "S-2", sectorCode: "S", zh: "专项二", en: "Two", targetProjects: 3, targetInvestmentFen: yi(7) },
  ],
  categories: [
    { code: "under_construction", zh: "在建", en: "Building", targetProjects: 3, targetInvestmentFen: yi(6) },
    { code: "reserve", zh: "储备", en: "Reserve", targetProjects: 2, targetInvestmentFen: yi(4) },
  ],
};

const actuals = (s1: number, s2: number, c1: number, c2: number, counts = [2, 3, 3, 2]): PlanActuals => ({
  bySpecial: new Map([
    ["S-1", { projects: counts[0]!, investmentFen: yi(s1) }],
    ["S-2", { projects: counts[1]!, investmentFen: yi(s2) }],
  ]),
  byCategory: new Map([
    ["under_construction", { projects: counts[2]!, investmentFen: yi(c1) }],
    ["reserve", { projects: counts[3]!, investmentFen: yi(c2) }],
  ]),
});

describe("comparePlan", () => {
  it("matches when every figure is within half a 亿 and still reports the plan's own inconsistency", () => {
    const result = comparePlan(targets, actuals(3.5, 6.5, 6, 4));
    expect(result.matches).toBe(true);
    expect(result.discrepancies).toHaveLength(1);
    const [statement] = result.discrepancies;
    expect(statement).toMatchObject({
      kind: "plan_statement",
      blocking: false,
      expected: yi(10).toString(),
      actual: yi(11).toString(),
    });
    expect(statement?.zh).toContain("10.00亿元");
    expect(statement?.zh).toContain("11.00亿元");
    expect(result.sectors[0]).toMatchObject({
      targetProjects: 5,
      actualProjects: 5,
      targetInvestmentFen: yi(11).toString(),
    });
  });

  it("fails a special more than half a 亿 away, and accepts exactly half", () => {
    expect(comparePlan(targets, actuals(3.49, 6.51, 6, 4)).discrepancies.map((d) => d.kind)).toEqual([
      "plan_statement",
      "special_investment",
    ]);
    expect(comparePlan(targets, actuals(3.5, 6.5, 6, 4)).specials.every((s) => s.ok)).toBe(true);
  });

  it("fails wrong counts per special and per category, and the headline count", () => {
    const result = comparePlan(targets, actuals(4, 6.5, 6, 4, [1, 3, 2, 2]));
    expect(result.matches).toBe(false);
    expect(result.discrepancies.filter((d) => d.blocking).map((d) => `${d.kind}:${d.subject}`)).toEqual([
      "headline_projects:T",
      "special_projects:S-1",
      "category_projects:under_construction",
    ]);
  });

  it("fails a headline investment off by more than the rounding", () => {
    const result = comparePlan(targets, actuals(4, 6.5, 7, 4));
    expect(result.discrepancies.map((d) => d.kind)).toContain("headline_investment");
    expect(result.discrepancies.map((d) => d.kind)).toContain("category_investment");
  });

  it("treats a special with no projects as zero rather than skipping it", () => {
    const result = comparePlan(targets, { bySpecial: new Map(), byCategory: new Map() });
    expect(result.specials.map((s) => s.actualProjects)).toEqual([0, 0]);
    expect(result.matches).toBe(false);
  });
});
