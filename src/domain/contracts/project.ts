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
