import { z } from "zod";
import { FEN_PER_WAN } from "../money.js";
import { clauseTermsSchema, type ClauseTerms, type FactorType } from "./terms.js";

/** A clause as the plan file states it: caps in 万元, rates as numbers. */
const planClauseSchema = z.looseObject({
  code: z.string(),
  kind: z.string(),
  base: z.string().optional(),
  rate: z.number().optional(),
  rateMax: z.number().optional(),
  capWan: z.union([z.number(), z.record(z.string(), z.number())]).optional(),
  capPerItemWan: z.number().optional(),
  capPerYearWan: z.number().optional(),
  cumulativeCapPerApplicantWan: z.number().optional(),
  eligibleApplicants: z.string().optional(),
  speedupMin: z.number().optional(),
});

/**
 * The plan names no unit for the factor clauses; these are the usual competent authorities, kept as
 * the first version so that the city corrects them by issuing a new one.
 */
const FACTORS: Record<string, { factor: FactorType; responsibleUnit: string }> = {
  "P1-1": { factor: "land_quota", responsibleUnit: "市规划自然资源局" },
  "P1-2": { factor: "public_facilities", responsibleUnit: "市经济信息委（会同公共资源管理单位）" },
  "P1-3": { factor: "private_facilities", responsibleUnit: "市住房城乡建委（会同市通信管理局）" },
  "P1-4": { factor: "power_supply", responsibleUnit: "市经济信息委、国网重庆市电力公司" },
  "P1-5": { factor: "fee_waiver", responsibleUnit: "市财政局、市城市管理局" },
};

const wan = (n: number | undefined): string | null => {
  if (n === undefined) return null;
  if (!Number.isSafeInteger(n)) throw new RangeError(`cap in 万元 is not whole: ${n}`);
  return (BigInt(n) * FEN_PER_WAN).toString();
};

/** Exact decimal text of a plan rate (0.2 → "0.2"); plan rates have at most four decimals. */
const decimal = (n: number): string => {
  const text = String(n);
  if (!/^\d+(\.\d{1,4})?$/.test(text)) throw new RangeError(`rate is not a short decimal: ${n}`);
  return text;
};

/**
 * The first version of a clause's terms from the plan file. A single cap on a grant (P3-1: 最高不超过
 * 1000万元的资助 to a recognised institution) is read as the most one applicant receives under the
 * clause; a grant with no base is reckoned on the amount requested.
 */
export function termsFromPlan(clause: { code: string; kind: string }): ClauseTerms {
  const c = planClauseSchema.parse(clause);
  switch (c.kind) {
    case "reward":
    case "subsidy":
    case "grant": {
      const byLevel = typeof c.capWan === "object" ? c.capWan : null;
      const single = typeof c.capWan === "number" ? c.capWan : undefined;
      const rate = c.rateMax ?? c.rate;
      return clauseTermsSchema.parse({
        kind: c.kind,
        base: c.base ?? "amount_requested",
        rate: rate === undefined ? null : decimal(rate),
        rateIsMaximum: c.rateMax !== undefined,
        capByLevelFen: byLevel
          ? {
              national: wan(byLevel.national) ?? undefined,
              municipal_pilot: wan(byLevel.municipal_pilot) ?? undefined,
            }
          : null,
        capPerItemFen: wan(c.capPerItemWan),
        cumulativeCapPerApplicantFen: wan(c.cumulativeCapPerApplicantWan ?? single),
        capPerYearFen: wan(c.capPerYearWan),
        eligibility: c.eligibleApplicants === "中小微企业" ? "sme" : "any",
      });
    }
    case "case_by_case":
    case "financing":
      return { kind: c.kind };
    case "approval":
      return { kind: "approval", speedupMin: decimal(c.speedupMin ?? 0.5) };
    case "factor": {
      const factor = FACTORS[c.code];
      if (!factor) throw new RangeError(`no factor type for clause ${c.code}`);
      return { kind: "factor", ...factor };
    }
    default:
      throw new RangeError(`unknown clause kind ${c.kind} of ${c.code}`);
  }
}
