import { describe, expect, it } from "vitest";
import { FEN_PER_WAN } from "../money.js";
import { parseDay } from "./dates.js";
import { planAnnualInvestment, planFunding } from "./funding.js";
import { createRandom } from "./random.js";
import type { ProjectSchedule } from "./schedule.js";

const SOURCES = [
  "中央预算内投资",
  "中央专项建设资金",
  "地方政府专项债券",
  "工业和信息化/科技创新等财政专项资金",
  "政府和社会资本合作（PPP）",
  "银行信贷（含政策性银行）",
  "企业债券/公司债券/资产证券化",
  "国家、市、区县三级基金",
  "不动产投资信托基金（REITs）",
  "企业自筹/社会资本",
];
const timeline = { planStartYear: 2020, asOf: parseDay("2022-12-31") };

describe("planFunding", () => {
  it("draws distinct sources whose planned amounts add up to the total, secured never above planned", () => {
    const random = createRandom(1);
    for (let i = 0; i < 200; i++) {
      const funding = planFunding(
        {
          total: 8_765n,
          ownerKind: i % 2 === 0 ? "enterprise" : "institution",
          pppEligible: i % 3 === 0,
          started: i % 5 !== 0,
          unsecured: i % 7 === 0,
        },
        SOURCES,
        random,
      );
      expect(funding.length).toBeGreaterThanOrEqual(1);
      expect(funding.length).toBeLessThanOrEqual(4);
      expect(new Set(funding.map((f) => f.source)).size).toBe(funding.length);
      expect(funding.reduce((a, f) => a + f.plannedFen, 0n)).toBe(8_765n * FEN_PER_WAN);
      for (const f of funding) expect(f.securedFen >= 0n && f.securedFen <= f.plannedFen).toBe(true);
      if (i % 7 === 0) expect(funding.every((f) => f.securedFen === 0n)).toBe(true);
    }
  });

  it("leans on public money for institutions and on own funds for enterprises", () => {
    const random = createRandom(2);
    const needs = { total: 1_000n, pppEligible: false, started: true, unsecured: false } as const;
    expect(planFunding({ ...needs, ownerKind: "institution" }, SOURCES, random)[0]?.source).toMatch(
      /中央|专项债券|财政/,
    );
    expect(planFunding({ ...needs, ownerKind: "enterprise" }, SOURCES, random)[0]?.source).toBe(
      "企业自筹/社会资本",
    );
  });

  it("still works with a list it does not recognise", () => {
    const funding = planFunding(
      { total: 600n, ownerKind: "enterprise", pppEligible: false, started: true, unsecured: false },
      ["自有资金"],
      createRandom(3),
    );
    expect(funding.map((f) => [f.source, f.plannedFen])).toEqual([["自有资金", 600n * FEN_PER_WAN]]);
  });
});

describe("planAnnualInvestment", () => {
  const schedule = (start: string, months: number): ProjectSchedule => ({
    plannedStart: parseDay(start),
    plannedEnd: parseDay(start),
    actualStart: null,
    actualEnd: null,
    plannedMonths: months,
    actualMonths: months,
    lagging: false,
    stage: "reserve",
    suspendedFrom: null,
    suspendedMonth: null,
  });

  it("spreads what is left over the planned years and leaves out what falls after the last one", () => {
    const plans = planAnnualInvestment(10_000n, 2_000n, schedule("2022-07-01", 36), timeline, 2023);
    expect(plans.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(plans[0]?.plannedFen).toBe(0n);
    expect(plans[1]?.plannedFen).toBe(0n);
    const planned = plans.reduce((a, p) => a + p.plannedFen, 0n);
    expect(planned > 0n && planned < 8_000n * FEN_PER_WAN).toBe(true);
  });

  it("plans everything left when the works end inside the rolling window", () => {
    const plans = planAnnualInvestment(10_000n, 2_000n, schedule("2019-03-01", 24), timeline, 2023);
    expect(plans.reduce((a, p) => a + p.plannedFen, 0n)).toBe(8_000n * FEN_PER_WAN);
  });
});
