import { z } from "zod";
import { CREDIT_DECISIONS, WHITELIST_RULE_KINDS, WHITELIST_STATUSES } from "../financing/whitelist.js";
import { STAGES } from "../lifecycle.js";
import { PROJECT_LEVELS } from "../plan.js";
import { businessDate, fenString, monthString } from "./common.js";

const id = z.coerce.number().int().positive().max(2_147_483_647);
/** An amount a person enters: whole fen, not negative, at most 16 digits (10 万亿元). */
const amountFen = z
  .string()
  .regex(/^\d{1,16}$/, "应为不超过16位的非负整数（分）/ a whole number of fen, at most 16 digits")
  .describe("金额（分，整数字符串）/ amount in fen as an integer string");

export const fundingParams = z.object({
  id: id.describe("项目编号 / project id"),
  source: z.string().trim().min(1).max(64).describe("资金来源 / funding source, e.g. 地方政府专项债券"),
});

export const fundingUpdateSchema = z.strictObject({
  securedFen: amountFen.describe("已落实金额（分）/ secured amount, fen"),
  plannedFen: amountFen
    .optional()
    .describe("计划金额（分），不填则不变 / planned amount, fen; unchanged if left out"),
  version: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .optional()
    .describe("所编辑的项目版本；给出且已过期时 409 / the project version edited; 409 when stale"),
});
export type FundingUpdate = z.infer<typeof fundingUpdateSchema>;

const fundingSourceSchema = z.object({
  source: z.string(),
  plannedFen: fenString,
  securedFen: fenString,
  gapFen: fenString.describe("计划 − 已落实 / planned less secured"),
});

export const fundingSchema = z.object({
  projectId: z.number().int(),
  version: z.number().int().describe("项目版本（资金变更会使其加一）/ the project's version"),
  totalInvestmentFen: fenString,
  plannedFen: fenString.describe("各来源计划合计 / the sources' plans added up"),
  securedFen: fenString.describe("已落实合计 / secured in total"),
  gapFen: fenString.describe("融资缺口：总投资 − 已落实 / total investment less secured"),
  unplannedFen: fenString.describe("未落实来源的投资：总投资 − 计划合计 / total less the sources' plans"),
  sources: z.array(fundingSourceSchema),
  availableSources: z.array(z.string()).describe("计划的资金来源目录 / the plan's funding sources"),
});
export type Funding = z.infer<typeof fundingSchema>;

const summaryFigures = {
  projects: z.number().int(),
  plannedFen: fenString,
  securedFen: fenString,
};

export const financingSummarySchema = z.object({
  totals: z.object({
    ...summaryFigures,
    totalInvestmentFen: fenString,
    gapFen: fenString.describe("总投资 − 已落实 / total investment less secured"),
  }),
  bySource: z
    .array(
      z.object({
        source: z.string(),
        ...summaryFigures,
        gapFen: fenString.describe("计划 − 已落实 / planned less secured"),
      }),
    )
    .describe("按资金来源，计划目录顺序 / by funding source, in the plan's order"),
  bySector: z.array(
    z.object({
      code: z.string(),
      zh: z.string(),
      en: z.string(),
      ...summaryFigures,
      totalInvestmentFen: fenString,
      gapFen: fenString.describe("总投资 − 已落实 / total investment less secured"),
    }),
  ),
});
export type FinancingSummary = z.infer<typeof financingSummarySchema>;

export const whitelistRulesSchema = z.strictObject({
  stages: z.array(z.enum(STAGES)).min(1).max(STAGES.length).describe("入选阶段 / stages that qualify"),
  minGapFen: amountFen.describe("融资缺口须大于此金额（分）/ the gap must exceed this, fen"),
  excludeRed: z.boolean().describe("排除最近已结束月份红色预警项目 / leave out projects red last month"),
  levels: z
    .array(z.enum(PROJECT_LEVELS))
    .min(1)
    .max(PROJECT_LEVELS.length)
    .describe("入选级别 / levels that qualify"),
});
export type WhitelistRulesInput = z.infer<typeof whitelistRulesSchema>;

export const whitelistSettingsSchema = z.object({
  rules: whitelistRulesSchema,
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type WhitelistSettings = z.infer<typeof whitelistSettingsSchema>;

export const whitelistReasonSchema = z.object({
  rule: z.enum(WHITELIST_RULE_KINDS),
  met: z.boolean(),
  zh: z.string(),
  en: z.string(),
  figures: z.record(z.string(), z.string()),
});

export const creditDecisionSchema = z.object({
  id: z.number().int(),
  entryId: z.number().int(),
  bank: z.object({ id: z.number().int(), name: z.string() }),
  decision: z.enum(CREDIT_DECISIONS),
  amountFen: fenString,
  note: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export type CreditDecisionRecord = z.infer<typeof creditDecisionSchema>;

export const whitelistEntrySchema = z.object({
  id: z.number().int(),
  status: z.enum(WHITELIST_STATUSES),
  version: z.number().int(),
  reasons: z.array(whitelistReasonSchema).describe("提出时的规则判断 / why the rules proposed it"),
  gapFenAtProposal: fenString,
  note: z.string(),
  proposedAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  project: z.object({
    id: z.number().int(),
    code: z.string().nullable(),
    name: z.string(),
    sectorCode: z.string(),
    specialCode: z.string(),
    districtCode: z.string(),
    stage: z.enum(STAGES),
    level: z.enum(PROJECT_LEVELS),
    ownerName: z.string(),
    totalInvestmentFen: fenString,
    securedFen: fenString,
    gapFen: fenString.describe("当前融资缺口 / the gap today"),
  }),
  decisions: z
    .array(creditDecisionSchema)
    .describe("各银行最新决定（银行仅见本行）/ each bank's latest decision (a bank sees its own)"),
});
export type WhitelistEntry = z.infer<typeof whitelistEntrySchema>;

export const whitelistListQuerySchema = z.object({
  status: z.enum(WHITELIST_STATUSES).optional().describe("按状态筛选 / only entries in this status"),
});

export const whitelistListSchema = z.object({ items: z.array(whitelistEntrySchema) });

export const whitelistActionSchema = z.strictObject({
  version: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .describe("所操作的名单项版本 / the entry's version"),
  note: z.string().trim().max(500).default("").describe("说明（移出时必填）/ note, required to remove"),
});
export type WhitelistActionInput = z.output<typeof whitelistActionSchema>;

export const whitelistEntryParams = z.object({ id: id.describe("名单项编号 / whitelist entry id") });

export const proposalResultSchema = z.object({
  month: monthString.nullable().describe("据以判断红色预警的月份 / the month whose warnings were read"),
  asOf: businessDate,
  rules: whitelistRulesSchema,
  evaluated: z.number().int().describe("评估的项目数 / projects weighed"),
  eligible: z.number().int().describe("符合全部规则的项目数 / projects meeting every rule"),
  alreadyListed: z.number().int().describe("已在名单上的 / of those, already on the list"),
  previouslyRemoved: z
    .number()
    .int()
    .describe("曾被移出、不再自动提出的 / removed before, not proposed again"),
  created: z.array(whitelistEntrySchema).describe("新增候选 / the new candidates"),
});
export type ProposalResult = z.infer<typeof proposalResultSchema>;

export const creditDecisionInputSchema = z.strictObject({
  decision: z.enum(CREDIT_DECISIONS).describe("审查中、批准、不予授信 / in review, approved, declined"),
  amountFen: amountFen.default("0").describe("授信金额（分）/ credit amount, fen"),
  note: z.string().trim().max(500).default("").describe("说明 / note"),
});
export type CreditDecisionInput = z.output<typeof creditDecisionInputSchema>;

export const creditDecisionListSchema = z.object({ items: z.array(creditDecisionSchema) });
