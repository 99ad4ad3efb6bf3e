import { z } from "zod";
import { businessDate, fenString, monthString } from "./common.js";

export const DASHBOARD_GROUPS = [
  "sector",
  "special",
  "district",
  "region",
  "stage",
  "level",
  "department",
] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export const dashboardQuerySchema = z.object({
  month: monthString.describe("调度月份 / month, YYYY-MM"),
  groupBy: z.enum(DASHBOARD_GROUPS).default("sector").describe("分组 / grouping"),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const rate = z
  .number()
  .nullable()
  .describe("百分比，一位小数；分母为 0 时为空 / percent to one decimal, null when nothing is due");

/** The figures of one group (or of the whole scope) in one month. */
export const dashboardFiguresSchema = z.object({
  projects: z.number().int(),
  plannedFen: fenString.describe("年度计划投资 / the year's planned investment"),
  monthFen: fenString.describe("本月完成投资 / invested in the month"),
  yearToDateFen: fenString.describe("年度累计完成 / invested this year to the month"),
  cumulativeFen: fenString.describe("开工以来累计完成 / invested since the start"),
  totalFen: fenString.describe("总投资 / total investment"),
  completionRate: rate.describe("年度投资完成率 / year-to-date over the annual plan, %"),
  startsPlannedYear: z.number().int().describe("年内计划开工项目数 / projects planned to start this year"),
  startsDue: z.number().int().describe("截至本月应开工 / planned to start by the month"),
  started: z.number().int().describe("其中已开工 / of those, started by the month"),
  startRate: rate.describe("开工率：已开工 / 年内计划开工 / started over planned to start this year, %"),
  reportsDue: z.number().int(),
  reported: z.number().int(),
  red: z.number().int(),
  yellow: z.number().int(),
  green: z.number().int(),
});
export type DashboardFigures = z.infer<typeof dashboardFiguresSchema>;

export const dashboardSchema = z.object({
  month: z.string(),
  groupBy: z.enum(DASHBOARD_GROUPS),
  asOf: businessDate.describe("评估日 / the day the figures are for"),
  reportDueDate: businessDate.describe("本月月报截止日 / the month's report deadline"),
  totals: dashboardFiguresSchema,
  groups: z
    .array(dashboardFiguresSchema.extend({ key: z.string(), zh: z.string(), en: z.string() }))
    .describe("按所选维度分组 / one row per group"),
  series: z
    .array(dashboardFiguresSchema.extend({ month: z.string() }))
    .describe("本年 1 月至所选月份的逐月汇总 / the year's months up to the one asked"),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
