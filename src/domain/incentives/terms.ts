import { z } from "zod";

/**
 * The terms of a support-policy clause as data (section 三 of the plan): what kind of support it gives,
 * what an award is reckoned on, at what rate, and under which caps. A clause's terms are versioned;
 * the version in force on a date is the one used.
 */
export const CLAUSE_KINDS = [
  "reward",
  "subsidy",
  "grant",
  "case_by_case",
  "factor",
  "financing",
  "approval",
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export const CLAUSE_KIND_LABELS: Record<ClauseKind, { zh: string; en: string }> = {
  reward: { zh: "奖励", en: "Reward" },
  subsidy: { zh: "补助", en: "Subsidy" },
  grant: { zh: "资助/后补贴", en: "Grant" },
  case_by_case: { zh: "一事一议", en: "Case by case" },
  factor: { zh: "要素保障", en: "Factor support" },
  financing: { zh: "投融资", en: "Financing" },
  approval: { zh: "审批提速", en: "Faster approval" },
};

/** Kinds that pay an amount reckoned by the clause's terms. */
export const MONETARY_KINDS = ["reward", "subsidy", "grant"] as const;
export type MonetaryKind = (typeof MONETARY_KINDS)[number];
export const isMonetaryKind = (kind: ClauseKind): kind is MonetaryKind =>
  (MONETARY_KINDS as readonly string[]).includes(kind);

export const AWARD_BASES = [
  "project_investment",
  "fees_actually_paid",
  "contract_amount_received",
  "amount_requested",
] as const;
export type AwardBase = (typeof AWARD_BASES)[number];

export const AWARD_BASE_LABELS: Record<AwardBase, { zh: string; en: string }> = {
  project_investment: { zh: "项目投资额", en: "project investment" },
  fees_actually_paid: { zh: "实际支付使用费价款", en: "fees actually paid" },
  contract_amount_received: { zh: "技术合同成交实际到账额", en: "contract amount actually received" },
  amount_requested: { zh: "申请金额", en: "amount requested" },
};

/** The project levels a clause may cap differently (国家级项目, 市级试点示范项目). */
export const AWARD_LEVELS = ["national", "municipal_pilot"] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_LABELS: Record<AwardLevel, { zh: string; en: string }> = {
  national: { zh: "国家级项目", en: "national project" },
  municipal_pilot: { zh: "市级试点示范项目", en: "municipal pilot/demonstration project" },
};

export const ELIGIBILITIES = ["any", "sme"] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

export const ELIGIBILITY_LABELS: Record<Eligibility, { zh: string; en: string }> = {
  any: { zh: "不限", en: "any applicant" },
  sme: { zh: "中小微企业", en: "small and micro enterprises" },
};

/** The non-monetary supports of section 三（一）1–5 that an owner asks the responsible unit for. */
export const FACTOR_TYPES = [
  "land_quota",
  "public_facilities",
  "private_facilities",
  "power_supply",
  "fee_waiver",
] as const;
export type FactorType = (typeof FACTOR_TYPES)[number];

export const FACTOR_TYPE_LABELS: Record<FactorType, { zh: string; en: string }> = {
  land_quota: { zh: "建设用地指标", en: "Land quota" },
  public_facilities: { zh: "公共资源免费开放", en: "Free use of public facilities" },
  private_facilities: { zh: "私有设施合理开放", en: "Access to private facilities" },
  power_supply: { zh: "电力交易与转改直", en: "Power trading and direct supply" },
  fee_waiver: { zh: "行政规费减免", en: "Administrative fee waivers" },
};

/** A positive amount of fen as an integer string, at most 10^15 fen (10 万亿元). */
export const capFenString = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, "应为正整数分 / a positive whole number of fen")
  .describe("上限（分）/ cap in fen");

/** A rate between 0 and 1 written as an exact decimal (e.g. "0.2"), at most four decimals. */
export const rateString = z
  .string()
  .regex(
    /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/,
    "应为0至1之间的小数，至多四位 / a decimal from 0 to 1, four places at most",
  )
  .refine((text) => /[1-9]/.test(text), "比例须大于0 / the rate must be above 0")
  .describe("比例（小数，如 0.2 即 20%）/ rate as a decimal, 0.2 meaning 20%");

const monetaryShape = {
  base: z.enum(AWARD_BASES).describe("计算基数 / what the award is reckoned on"),
  rate: rateString
    .nullable()
    .describe("比例；为空时按基数全额（再受上限约束）/ rate; null: the base itself, capped"),
  rateIsMaximum: z
    .boolean()
    .describe("true：不超过该比例（奖励上限）；false：按该比例 / true: up to the rate; false: at the rate"),
  capByLevelFen: z
    .strictObject({ national: capFenString.optional(), municipal_pilot: capFenString.optional() })
    .nullable()
    .describe("按项目级别的单项上限 / cap per award by project level"),
  capPerItemFen: capFenString.nullable().describe("单项上限 / cap per item (one application)"),
  cumulativeCapPerApplicantFen: capFenString
    .nullable()
    .describe("同一单位累计上限 / cumulative cap per applicant"),
  capPerYearFen: capFenString.nullable().describe("同一单位每年上限 / cap per applicant and year"),
  eligibility: z.enum(ELIGIBILITIES).describe("申请主体限制 / who may apply"),
};

export const clauseTermsSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("reward"), ...monetaryShape }),
  z.strictObject({ kind: z.literal("subsidy"), ...monetaryShape }),
  z.strictObject({ kind: z.literal("grant"), ...monetaryShape }),
  z.strictObject({ kind: z.literal("case_by_case") }),
  z.strictObject({
    kind: z.literal("factor"),
    factor: z.enum(FACTOR_TYPES).describe("要素类别 / which factor"),
    responsibleUnit: z.string().trim().min(2).max(200).describe("责任单位 / the unit responsible"),
  }),
  z.strictObject({ kind: z.literal("financing") }),
  z.strictObject({
    kind: z.literal("approval"),
    speedupMin: rateString.describe("办结时间比法定时限至少提速 / minimum speed-up on the statutory limit"),
  }),
]);
export type ClauseTerms = z.infer<typeof clauseTermsSchema>;
export type MonetaryTerms = Extract<ClauseTerms, { kind: MonetaryKind }>;

export const isMonetaryTerms = (terms: ClauseTerms): terms is MonetaryTerms => isMonetaryKind(terms.kind);
