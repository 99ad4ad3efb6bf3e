import { z } from "zod";
import { fenString, monthString } from "./common.js";

export const reportInputSchema = z.strictObject({
  month: monthString,
  investedFen: fenString.describe("本月完成投资（分）/ invested this month, fen"),
  progressPct: z.number().int().min(0).max(100).describe("形象进度（%）/ physical progress, %"),
  progressText: z.string().trim().max(500).default("").describe("形象进度说明 / progress in words"),
  milestones: z.string().trim().max(1000).default("").describe("本月达成的节点 / milestones reached"),
  problems: z.string().trim().max(2000).nullable().default(null).describe("存在的问题 / problems met"),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reviewInputSchema = z.strictObject({
  decision: z.enum(["accepted", "returned"]),
  reason: z
    .string()
    .trim()
    .max(1000)
    .default("")
    .describe("退回原因（退回时必填）/ reason, required to return"),
});

const review = z.object({
  reviewerRole: z.string(),
  decision: z.string(),
  reason: z.string(),
  at: z.string(),
});

export const reportSchema = z.object({
  id: z.number().int(),
  month: z.string(),
  version: z.number().int(),
  current: z.boolean(),
  investedFen: fenString,
  progressPct: z.number().int(),
  progressText: z.string(),
  milestones: z.string(),
  problems: z.string().nullable(),
  status: z.string(),
  submittedAt: z.string(),
  reviews: z.array(review),
});
export type Report = z.infer<typeof reportSchema>;

export const reportQueueQuerySchema = z.object({
  month: monthString.optional(),
  status: z
    .enum(["submitted", "accepted", "returned", "awaiting_me"])
    .default("awaiting_me")
    .describe(
      "状态；awaiting_me 为待本人所在单位审核 / status; awaiting_me: not yet reviewed by the caller's unit",
    ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A report in a reviewer's queue, with the project it belongs to. */
export const queuedReportSchema = reportSchema.extend({
  project: z.object({
    id: z.number().int(),
    name: z.string(),
    districtCode: z.string(),
    specialCode: z.string(),
  }),
});
export type QueuedReport = z.infer<typeof queuedReportSchema>;

export const reportStatusQuerySchema = z.object({ month: monthString });

const tally = z.object({
  due: z.number().int().describe("应报 / reports due"),
  onTime: z.number().int().describe("按时报送 / on time"),
  late: z.number().int().describe("迟报 / late"),
  missing: z.number().int().describe("未报 / missing"),
  awaitingReview: z.number().int().describe("待审核 / awaiting review"),
});

const overdueProject = z.object({
  projectId: z.number().int(),
  name: z.string(),
  districtCode: z.string(),
  ownerName: z.string(),
  submittedOn: z.string().nullable(),
});

/** Who has and has not reported for a month, per district and lead department. */
export const reportStatusSchema = z.object({
  month: z.string(),
  dueDate: z.string().describe("截止日 / deadline"),
  deadlinePassed: z.boolean(),
  totals: tally,
  byDistrict: z.array(tally.extend({ code: z.string(), zh: z.string(), en: z.string() })),
  byDepartment: z.array(tally.extend({ id: z.number().int(), zh: z.string() })),
  missing: z.array(overdueProject).describe("逾期未报项目 / projects whose report is missing"),
  late: z.array(overdueProject).describe("迟报项目 / projects that reported late"),
});
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const dispatchSettingsSchema = z.object({
  reportDueDay: z
    .number()
    .int()
    .min(1)
    .max(28)
    .describe("次月截止日 / day of the next month reports are due"),
  paceYellowPoints: z.number().int().min(1).max(100),
  paceRedPoints: z.number().int().min(1).max(100),
  startDelayRedMonths: z.number().int().min(1).max(24),
  stallReports: z.number().int().min(1).max(12),
});
export type DispatchSettings = z.infer<typeof dispatchSettingsSchema>;
