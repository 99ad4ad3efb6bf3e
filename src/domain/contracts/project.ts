import { z } from "zod";
import { STAGES, PLAN_CATEGORIES } from "../lifecycle.js";
import { PROJECT_LEVELS } from "../plan.js";
import { businessDate, fenString, monthString } from "./common.js";

export const PROJECT_SORTS = ["name", "totalInvestment", "plannedStart", "updatedAt", "code"] as const;

export const projectListQuerySchema = z.object({
  sector: z.string().optional().describe("板块代码 / sector code, e.g. NET"),
  special: z.string().optional().describe("专项代码 / special code, e.g. NET-1"),
  district: z.string().optional().describe("区县代码 GB/T 2260 / district code"),
  region: z.string().optional().describe("区域 / region, e.g. 主城都市区"),
  stage: z.enum(STAGES).optional().describe("当前阶段 / current lifecycle stage"),
  planCategory: z.enum(PLAN_CATEGORIES).optional().describe("计划类别 / the plan's category"),
  level: z.enum(PROJECT_LEVELS).optional().describe("项目级别 / project level"),
  q: z.string().max(100).optional().describe("名称或代码包含 / name or code contains"),
  sort: z.enum(PROJECT_SORTS).default("totalInvestment"),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: z.string().max(400).optional().describe("下一页游标 / opaque cursor from the previous page"),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const projectListItemSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable().describe("投资项目代码 / national investment project code"),
  name: z.string(),
  sectorCode: z.string(),
  specialCode: z.string(),
  districtCode: z.string(),
  level: z.enum(PROJECT_LEVELS),
  stage: z.enum(STAGES),
  planCategory: z.enum(PLAN_CATEGORIES).nullable(),
  ownerName: z.string(),
  totalInvestmentFen: fenString,
  completedInvestmentFen: fenString,
  plannedStart: businessDate.nullable(),
  plannedEnd: businessDate.nullable(),
  updatedAt: z.string(),
});
export type ProjectListItem = z.infer<typeof projectListItemSchema>;

export const projectPageSchema = z.object({
  items: z.array(projectListItemSchema),
  nextCursor: z.string().nullable().describe("null on the last page"),
});
export type ProjectPage = z.infer<typeof projectPageSchema>;

export const projectCountSchema = z.object({ total: z.number().int(), investmentFen: fenString });

export const projectDetailSchema = projectListItemSchema.extend({
  description: z.string(),
  owner: z.object({ id: z.number().int(), name: z.string(), uscc: z.string().nullable() }),
  leadDepartment: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  suspendedFrom: z.enum(STAGES).nullable(),
  actualStart: businessDate.nullable(),
  actualEnd: businessDate.nullable(),
  openingCompletedFen: fenString.describe(
    "报告期前已完成投资 / investment completed before the first report",
  ),
  version: z.number().int(),
  finalInvestmentFen: fenString.nullable().describe("竣工决算投资 / final investment"),
  reserveSince: businessDate.nullable().describe("入库日期 / in the reserve since"),
  funding: z.array(z.object({ source: z.string(), plannedFen: fenString, securedFen: fenString })),
  annualPlans: z.array(z.object({ year: z.number().int(), plannedFen: fenString })),
  progress: z.array(
    z.object({
      month: monthString,
      investedFen: fenString,
      cumulativeFen: fenString,
      progressPct: z.number().int(),
      progressText: z.string(),
      problems: z.string().nullable(),
    }),
  ),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

const fundingLine = z.strictObject({
  source: z.string().trim().min(1).max(64).describe("资金来源 / funding source"),
  plannedFen: fenString.describe("计划金额（分）/ planned, fen"),
  securedFen: fenString.describe("已落实（分）/ secured, fen"),
});
const annualPlanLine = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  plannedFen: fenString.describe("年度计划投资（分）/ planned for the year, fen"),
});

/** The editable fields, none defaulted, so an edit touches only what it names. */
const projectFields = {
  code: z.string().trim().max(32).nullable().describe("投资项目代码 YYYY-AAAAAA-II-TT-NNNNNN，未取得时留空"),
  name: z.string().trim().min(2).max(200).describe("项目名称 / name"),
  specialCode: z.string().trim().min(1).max(16).describe("专项代码 / special code, e.g. APP-4"),
  districtCode: z.string().trim().max(6).describe("区县代码 GB/T 2260 / district code"),
  level: z.enum(PROJECT_LEVELS).describe("项目级别 / level"),
  description: z.string().trim().max(4000),
  totalInvestmentFen: fenString.describe("总投资（分）/ total investment, fen"),
  plannedStart: businessDate.nullable(),
  plannedEnd: businessDate.nullable(),
  ownerUscc: z.string().trim().max(18).describe("业主统一社会信用代码（市级管理员填写）/ owner's USCC"),
  ownerName: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .describe("业主名称：新业主时必填 / owner's name for a new owner"),
  funding: z.array(fundingLine).max(20),
  annualPlans: z.array(annualPlanLine).max(30),
};

/** What a person types to create a project. Owners create for their own organisation; the city names the owner by USCC. */
export const projectInputSchema = z.strictObject({
  ...projectFields,
  code: projectFields.code.default(null),
  description: projectFields.description.default(""),
  plannedStart: projectFields.plannedStart.default(null),
  plannedEnd: projectFields.plannedEnd.default(null),
  ownerUscc: projectFields.ownerUscc.optional(),
  ownerName: projectFields.ownerName.optional(),
  funding: projectFields.funding.default([]),
  annualPlans: projectFields.annualPlans.default([]),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** An edit: any subset of the fields, and the version it was made on (or an If-Match header). */
export const projectUpdateSchema = z
  .strictObject(projectFields)
  .partial()
  .extend({
    version: z.number().int().positive().optional().describe("编辑所基于的版本号 / the version edited"),
  });
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

export const transitionInputSchema = z.strictObject({
  to: z.enum(STAGES).describe("目标阶段 / stage to move to"),
  reason: z.string().trim().max(1000).describe("原因 / reason"),
  actualStart: businessDate.optional(),
  actualEnd: businessDate.optional(),
  finalInvestmentFen: fenString.optional().describe("竣工决算投资（分）/ final investment, fen"),
  version: z.number().int().positive().optional(),
});
export type TransitionInput = z.infer<typeof transitionInputSchema>;

export const transitionSchema = z.object({
  id: z.number().int(),
  from: z.enum(STAGES),
  to: z.enum(STAGES),
  reason: z.string(),
  details: z.record(z.string(), z.unknown()),
  actorUsername: z.string(),
  at: z.string(),
});
