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
