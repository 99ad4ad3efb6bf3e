import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fen, FEN_PER_WAN, type Fen } from "../money.js";
import { planFileSchema } from "../plan.js";
import { termsFromPlan } from "./plan-terms.js";
import { approvalRefusal, quoteAward, quoteInputProblems, type QuoteInput } from "./quote.js";
import { isMonetaryTerms, type AwardLevel, type ClauseTerms } from "./terms.js";

const plan = planFileSchema.parse(
  JSON.parse(readFileSync(new URL("../../../reference/plan-2020-2022.json", import.meta.url), "utf8")),
);
const TERMS = new Map(plan.policyClauses.map((c) => [c.code, termsFromPlan(c)]));
const terms = (code: string): ClauseTerms => {
  const found = TERMS.get(code);
  if (!found) throw new Error(`no clause ${code}`);
  return found;
};
const wan = (n: number | bigint) => fen(BigInt(n) * FEN_PER_WAN);

function quote(code: string, over: Partial<QuoteInput> & { baseFen: Fen }) {
  return quoteAward({
    clauseCode: code,
    terms: terms(code),
    level: null,
    applicantIsSme: null,
    year: 2022,
    received: null,
    ...over,
  });
}

/** The plan's level-capped rewards: rate and cap per level, as section 三（一）6–10 states them. */
const LEVEL_CAPPED = [
  { code: "P1-6", rate: [20n, 100n], caps: { national: wan(1000), municipal_pilot: wan(500) } },
  { code: "P1-7", rate: [10n, 100n], caps: { national: wan(500), municipal_pilot: wan(300) } },
  { code: "P1-8", rate: [20n, 100n], caps: { national: wan(800), municipal_pilot: wan(500) } },
  { code: "P1-9", rate: [20n, 100n], caps: { national: wan(800), municipal_pilot: wan(500) } },
  { code: "P1-10", rate: [20n, 100n], caps: { national: wan(500), municipal_pilot: wan(300) } },
] as const;
const OTHER_MONETARY = ["P1-11", "P3-1", "P3-4a", "P3-4b"];

describe("the plan's clauses as terms", () => {
  it("covers every monetary clause of the plan in these tests", () => {
    const monetary = [...TERMS].filter(([, t]) => isMonetaryTerms(t)).map(([code]) => code);
    expect(monetary.sort()).toEqual([...LEVEL_CAPPED.map((c) => c.code), ...OTHER_MONETARY].sort());
  });

  it("reads rates, bases, caps in fen and eligibility from the plan file", () => {
    expect(terms("P1-6")).toEqual({
      kind: "reward",
      base: "project_investment",
      rate: "0.2",
      rateIsMaximum: true,
      capByLevelFen: { national: "1000000000", municipal_pilot: "500000000" },
      capPerItemFen: null,
      cumulativeCapPerApplicantFen: null,
      capPerYearFen: null,
      eligibility: "any",
    });
    expect(terms("P1-11")).toMatchObject({
      kind: "subsidy",
      base: "fees_actually_paid",
      rate: "0.3",
      rateIsMaximum: false,
      eligibility: "sme",
      cumulativeCapPerApplicantFen: "30000000",
    });
    expect(terms("P3-4a")).toMatchObject({ rate: "0.05", capPerItemFen: "100000000" });
    expect(terms("P3-4b")).toMatchObject({
      base: "amount_requested",
      rate: null,
      capPerYearFen: "100000000",
    });
    expect(terms("P3-1")).toMatchObject({ kind: "grant", cumulativeCapPerApplicantFen: "1000000000" });
    expect(terms("P1-4")).toMatchObject({ kind: "factor", factor: "power_supply" });
    expect(terms("P2-3")).toEqual({ kind: "approval", speedupMin: "0.5" });
  });
});

describe("level-capped rewards (P1-6 … P1-10)", () => {
  for (const clause of LEVEL_CAPPED) {
    const [num, den] = clause.rate;
    for (const level of ["national", "municipal_pilot"] as AwardLevel[]) {
      const cap = clause.caps[level];
      const atBase = fen((cap * den) / num);
      it(`${clause.code} ${level}: below, at, just above and far above the cap of ${cap} fen`, () => {
        const below = quote(clause.code, { level, baseFen: fen(atBase - 1n) });
        expect(below.maxAwardFen).toBe(cap - 1n);
        expect(below.binding).toBe("rate");

        const at = quote(clause.code, { level, baseFen: atBase });
        expect(at.maxAwardFen).toBe(cap);
        expect(at.binding).toBe("rate");

        // The smallest base whose rate amount passes the cap by one fen.
        const justAbove = quote(clause.code, { level, baseFen: fen(((cap + 1n) * den) / num) });
        expect(justAbove.maxAwardFen).toBe(cap);
        expect(justAbove.binding).toBe("level_cap");

        const far = quote(clause.code, { level, baseFen: fen(atBase * 10n) });
        expect(far.maxAwardFen).toBe(cap);
        expect(far.itemMaxFen).toBe(cap);
        expect(far.eligible).toBe(true);
      });
    }
    it(`${clause.code}: the other level's cap does not apply`, () => {
      const base = fen((clause.caps.national * den) / num);
      expect(quote(clause.code, { level: "national", baseFen: base }).maxAwardFen).toBe(clause.caps.national);
      expect(quote(clause.code, { level: "municipal_pilot", baseFen: base }).maxAwardFen).toBe(
        clause.caps.municipal_pilot,
      );
    });
  }

  it("explains each step in both languages: rate × base, the cap for the level, the result", () => {
    const q = quote("P1-6", { level: "national", baseFen: wan(8000) });
    expect(q.steps.map((s) => s.kind)).toEqual(["base", "level_cap", "result"]);
    expect(q.steps[0]!.zh).toBe("按项目投资额的不超过20%：8,000万元 × 20% = 1,600万元（向下取整到分）");
    expect(q.steps[0]!.en).toBe(
      "up to 20% of the project investment: CNY 80,000,000.00 × 20% = CNY 16,000,000.00 (rounded down to the fen)",
    );
    expect(q.steps[1]!.zh).toBe("国家级项目奖励不超过1,000万元，取上限：1,000万元");
    expect(q.steps[1]!.en).toContain("capped at CNY 10,000,000.00 for a national project");
    expect(q.steps[2]!.zh).toBe("最高可获奖励：1,000万元");
  });

  it("needs the project level, and names the field when it is missing", () => {
    const [problem, ...rest] = quoteInputProblems(terms("P1-6"), null);
    expect(rest).toEqual([]);
    expect(problem?.field).toBe("level");
    expect(problem?.message).toContain("国家级项目或市级试点示范项目");
    expect(quoteInputProblems(terms("P1-6"), "municipal_pilot")).toEqual([]);
    expect(quoteInputProblems(terms("P1-11"), null)).toEqual([]);
  });

  it("refuses a level the clause does not cap when a city version leaves one out", () => {
    const onlyNational = { ...terms("P1-6"), capByLevelFen: { national: "1000000000" } } as ClauseTerms;
    expect(quoteInputProblems(onlyNational, "municipal_pilot")[0]?.field).toBe("level");
  });
});

describe("rounding", () => {
  it("rounds rate × base down to the fen, never up", () => {
    expect(quote("P1-11", { applicantIsSme: true, baseFen: fen(1) }).maxAwardFen).toBe(0n);
    expect(quote("P1-11", { applicantIsSme: true, baseFen: fen(11) }).maxAwardFen).toBe(3n);
    expect(quote("P1-11", { applicantIsSme: true, baseFen: fen(33_333) }).maxAwardFen).toBe(9_999n);
    expect(quote("P3-4a", { baseFen: fen(19) }).maxAwardFen).toBe(0n);
    expect(quote("P3-4a", { baseFen: fen(123_456_789) }).maxAwardFen).toBe(6_172_839n);
    expect(quote("P1-7", { level: "national", baseFen: fen(999) }).maxAwardFen).toBe(99n);
  });

  it("is exact to the fen on bases far beyond a float's integer range", () => {
    const base = fen(999_999_999_999_999n);
    const q = quote("P3-4a", { baseFen: base });
    expect(q.steps[0]!.amountFen).toBe(49_999_999_999_999n);
    expect(q.maxAwardFen).toBe(wan(100));
  });
});

describe("P1-11: 30% of fees actually paid, small and micro enterprises only, 30万元 per applicant", () => {
  it("is not available to an applicant that is not a small or micro enterprise, or has not said so", () => {
    const no = quote("P1-11", { applicantIsSme: false, baseFen: wan(10) });
    expect(no).toMatchObject({ eligible: false, maxAwardFen: 0n });
    expect(no.steps[0]!.zh).toContain("不符合条件：本条款仅限中小微企业，申请单位不是中小微企业");
    const unstated = quote("P1-11", { applicantIsSme: null, baseFen: wan(10) });
    expect(unstated.eligible).toBe(false);
    expect(unstated.steps[0]!.en).toContain("has not stated");
  });

  it("pays 30% below, at and above the cumulative cap for a first application", () => {
    expect(quote("P1-11", { applicantIsSme: true, baseFen: wan(99) }).maxAwardFen).toBe(fen(29_700_000n));
    expect(quote("P1-11", { applicantIsSme: true, baseFen: wan(100) }).maxAwardFen).toBe(wan(30));
    const above = quote("P1-11", { applicantIsSme: true, baseFen: wan(101) });
    expect(above.maxAwardFen).toBe(wan(30));
    expect(above.itemMaxFen).toBe(fen(30_300_000n));
    expect(above.binding).toBe("cumulative_cap");
    expect(above.steps.find((s) => s.kind === "cumulative_cap")!.zh).toContain("未指明申请单位");
  });

  it("counts what the applicant already received: at most C − W, and nothing once used up", () => {
    const w = quote("P1-11", {
      applicantIsSme: true,
      baseFen: wan(100),
      received: { cumulativeFen: wan(12), yearFen: 0n as Fen },
    });
    expect(w.maxAwardFen).toBe(wan(18));
    expect(w.binding).toBe("cumulative_cap");
    expect(w.steps.find((s) => s.kind === "cumulative_cap")!.zh).toBe(
      "同一单位累计上限30万元：该单位已获12万元，尚余30万元 − 12万元 = 18万元，本次最多18万元",
    );
    const full = quote("P1-11", {
      applicantIsSme: true,
      baseFen: wan(1),
      received: { cumulativeFen: wan(30), yearFen: 0n as Fen },
    });
    expect(full.maxAwardFen).toBe(0n);
    expect(full.steps.find((s) => s.kind === "cumulative_cap")!.zh).toContain("已用完");
  });

  it("holds the cap across several applications over several years", () => {
    const awards: { year: number; amount: Fen }[] = [];
    const apply = (year: number, feesWan: number) => {
      const cumulativeFen = fen(awards.reduce((s, a) => s + a.amount, 0n));
      const yearFen = fen(awards.filter((a) => a.year === year).reduce((s, a) => s + a.amount, 0n));
      const q = quote("P1-11", {
        applicantIsSme: true,
        year,
        baseFen: wan(feesWan),
        received: { cumulativeFen, yearFen },
      });
      awards.push({ year, amount: q.maxAwardFen! });
      return q.maxAwardFen;
    };
    expect(apply(2020, 40)).toBe(wan(12));
    expect(apply(2021, 30)).toBe(wan(9));
    expect(apply(2021, 10)).toBe(wan(3));
    expect(apply(2022, 20)).toBe(wan(6));
    expect(apply(2022, 50)).toBe(0n);
    expect(awards.reduce((s, a) => s + a.amount, 0n)).toBe(wan(30));
  });
});

describe("P3-4a: 5% of the contract amount received, at most 100万元 per item", () => {
  it("below, at and above the per-item cap; each item capped on its own", () => {
    expect(quote("P3-4a", { baseFen: fen(wan(2000) - 20n) }).maxAwardFen).toBe(wan(100) - 1n);
    expect(quote("P3-4a", { baseFen: wan(2000) }).maxAwardFen).toBe(wan(100));
    const above = quote("P3-4a", { baseFen: wan(3000) });
    expect(above).toMatchObject({ maxAwardFen: wan(100), binding: "item_cap" });
    expect(above.steps.find((s) => s.kind === "item_cap")!.zh).toBe("单项最高不超过100万元，取上限：100万元");
    // No cumulative cap: an applicant with many items gets each one's amount.
    const another = quote("P3-4a", {
      baseFen: wan(3000),
      received: { cumulativeFen: wan(900), yearFen: wan(900) },
    });
    expect(another.maxAwardFen).toBe(wan(100));
  });
});

describe("P3-4b: a post-subsidy of at most 100万元 a year", () => {
  it("below, at and above the yearly cap, and a fresh cap the next year", () => {
    const first = (requested: Fen) =>
      quote("P3-4b", { baseFen: requested, received: { cumulativeFen: 0n as Fen, yearFen: 0n as Fen } })
        .maxAwardFen;
    expect(first(fen(wan(100) - 1n))).toBe(wan(100) - 1n);
    expect(first(wan(100))).toBe(wan(100));
    expect(first(wan(150))).toBe(wan(100));
    const sameYear = quote("P3-4b", {
      year: 2021,
      baseFen: wan(60),
      received: { cumulativeFen: wan(60), yearFen: wan(60) },
    });
    expect(sameYear).toMatchObject({ maxAwardFen: wan(40), binding: "year_cap" });
    expect(sameYear.steps.find((s) => s.kind === "year_cap")!.zh).toContain("该单位2021年已获60万元");
    const nextYear = quote("P3-4b", {
      year: 2022,
      baseFen: wan(100),
      received: { cumulativeFen: wan(100), yearFen: 0n as Fen },
    });
    expect(nextYear.maxAwardFen).toBe(wan(100));
  });
});

describe("P3-1: grants to recognised research institutions, at most 1000万元 each", () => {
  it("below, at and above the cap, and what is left after an earlier grant", () => {
    expect(quote("P3-1", { baseFen: wan(999) }).maxAwardFen).toBe(wan(999));
    expect(quote("P3-1", { baseFen: wan(1000) }).maxAwardFen).toBe(wan(1000));
    expect(quote("P3-1", { baseFen: wan(1500) }).maxAwardFen).toBe(wan(1000));
    const later = quote("P3-1", {
      baseFen: wan(1000),
      received: { cumulativeFen: wan(400), yearFen: 0n as Fen },
    });
    expect(later.maxAwardFen).toBe(wan(600));
    expect(later.steps[0]!.zh).toBe("按申请金额：1,000万元");
  });
});

describe("clauses that quote no number", () => {
  it("says a case-by-case clause is decided case by case and gives no amount", () => {
    for (const code of ["P3-2", "P3-3"]) {
      const q = quote(code, { baseFen: wan(100) });
      expect(q).toMatchObject({ eligible: true, maxAwardFen: null, itemMaxFen: null });
      expect(q.steps.map((s) => s.kind)).toEqual(["no_amount"]);
      expect(q.steps[0]!.zh).toContain("一事一议");
      expect(q.steps[0]!.en).toContain("case by case");
    }
  });

  it("points factor clauses to a factor request, and gives financing and approval clauses no amount", () => {
    const factor = quote("P1-1", { baseFen: wan(1) });
    expect(factor).toMatchObject({ eligible: false, maxAwardFen: null });
    expect(factor.steps[0]!.zh).toContain("要素保障");
    expect(quote("P2-1", { baseFen: wan(1) }).maxAwardFen).toBeNull();
    expect(quote("P2-3", { baseFen: wan(1) }).maxAwardFen).toBeNull();
  });
});

describe("approval against a quote", () => {
  const capFen = { cumulative: wan(30), year: null };
  const q = quote("P1-11", {
    applicantIsSme: true,
    baseFen: wan(50),
    received: { cumulativeFen: wan(20), yearFen: 0n as Fen },
  });

  it("accepts any amount up to the quote", () => {
    expect(approvalRefusal(q, wan(10), capFen, 2022)).toBeNull();
    expect(approvalRefusal(q, wan(1), capFen, 2022)).toBeNull();
  });

  it("names the cumulative cap when the amount fits the application but not what is left", () => {
    const refusal = approvalRefusal(q, fen(wan(10) + 1n), capFen, 2022);
    expect(refusal).toMatchObject({ kind: "over_cap" });
    expect(refusal!.zh).toContain("超出P1-11同一单位累计最高30万元的上限");
    expect(refusal!.en).toContain("cumulative cap of CNY 300,000.00");
  });

  it("calls an amount over the application's own maximum a field problem", () => {
    expect(approvalRefusal(q, fen(wan(15) + 1n), capFen, 2022)).toMatchObject({ kind: "over_item" });
  });

  it("names the yearly cap when that is what binds", () => {
    const yearly = quote("P3-4b", {
      baseFen: wan(80),
      received: { cumulativeFen: wan(50), yearFen: wan(50) },
    });
    const refusal = approvalRefusal(yearly, wan(60), { cumulative: null, year: wan(100) }, 2022);
    expect(refusal!.zh).toContain("每年最高100万元");
    expect(refusal!.zh).toContain("2022年尚余50万元");
  });
});

describe("properties", () => {
  const monetary = [...TERMS].filter(([, t]) => isMonetaryTerms(t)).map(([code]) => code);
  it("never quotes more than the rate allows, any cap, or what is left of a shared cap", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...monetary),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 2n * 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 2n * 10n ** 8n }),
        fc.constantFrom<AwardLevel>("national", "municipal_pilot"),
        (code, base, cumulative, yearly, level) => {
          const t = terms(code);
          if (!isMonetaryTerms(t)) return;
          const q = quote(code, {
            baseFen: fen(base),
            level,
            applicantIsSme: true,
            received: { cumulativeFen: fen(cumulative), yearFen: fen(yearly) },
          });
          const m = q.maxAwardFen!;
          expect(m >= 0n).toBe(true);
          const rateAmount = t.rate ? q.steps.find((s) => s.kind === "base")!.amountFen! : base;
          expect(m <= rateAmount).toBe(true);
          if (t.rate) {
            const [w = "0", f = ""] = t.rate.split(".");
            const scale = 10n ** BigInt(f.length);
            // floor: amount × scale ≤ base × rate units < (amount + 1) × scale
            expect(rateAmount * scale <= base * BigInt(w + f)).toBe(true);
            expect((rateAmount + 1n) * scale > base * BigInt(w + f)).toBe(true);
          }
          const levelCap = t.capByLevelFen?.[level];
          if (levelCap) expect(m <= BigInt(levelCap)).toBe(true);
          if (t.capPerItemFen) expect(m <= BigInt(t.capPerItemFen)).toBe(true);
          if (t.cumulativeCapPerApplicantFen)
            expect(cumulative + m <= BigInt(t.cumulativeCapPerApplicantFen) || m === 0n).toBe(true);
          if (t.capPerYearFen) expect(yearly + m <= BigInt(t.capPerYearFen) || m === 0n).toBe(true);
        },
      ),
      { numRuns: 500, seed: 20200101 },
    );
  });
});
