import { z } from "zod";
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES, PROBLEM_TIERS } from "../dispatch/problems.js";
import { businessDate } from "./common.js";

const version = z
  .number()
  .int()
  .positive()
  .max(2_147_483_647)
  .describe("所依据的问题版本号 / the version of the problem this change was made on");

export const problemInputSchema = z.strictObject({
  category: z.enum(PROBLEM_CATEGORIES).describe("问题类别 / category"),
  title: z.string().trim().min(2).max(200).describe("问题标题 / title"),
  description: z.string().trim().max(4000).default("").describe("问题描述 / description"),
  responsibleUnit: z.string().trim().min(2).max(200).describe("责任单位 / unit responsible"),
  dueDate: businessDate.describe("办结期限 / due date, YYYY-MM-DD"),
  tier: z
    .enum(PROBLEM_TIERS)
    .optional()
    .describe(
      "协调层级，默认业主；不能高于提出人所在层级 / tier, owner by default, not above the raiser's own",
    ),
});
export type ProblemInput = z.infer<typeof problemInputSchema>;

export const commentInputSchema = z.strictObject({
  text: z.string().trim().min(1).max(2000).describe("意见 / comment"),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

export const escalationInputSchema = z.strictObject({
  reason: z.string().trim().min(2).max(1000).describe("提级原因 / why the problem is escalated"),
  version,
  dueDate: businessDate
    .optional()
    .describe("新的办结期限，默认 10 天后 / new due date, 10 days on by default"),
});
export type EscalationInput = z.infer<typeof escalationInputSchema>;

export const statusInputSchema = z.strictObject({
  status: z
    .enum(["in_progress", "resolved"])
    .describe("处理中（开始处理或重新打开）或已解决 / in progress (start or reopen) or resolved"),
  text: z
    .string()
    .trim()
    .max(2000)
    .default("")
    .describe("办理结果（解决时必填）或重新打开的原因 / the result (required to resolve) or why reopened"),
  version,
});
export type StatusInput = z.infer<typeof statusInputSchema>;

export const problemListQuerySchema = z.object({
  status: z
    .enum([...PROBLEM_STATUSES, "unresolved"])
    .optional()
    .describe("状态 / status"),
  tier: z.enum(PROBLEM_TIERS).optional().describe("协调层级 / tier"),
  category: z.enum(PROBLEM_CATEGORIES).optional().describe("问题类别 / category"),
  overdue: z.enum(["true", "false"]).optional().describe("是否逾期 / overdue or not"),
  project: z.coerce.number().int().positive().max(2_147_483_647).optional().describe("项目编号 / project id"),
  district: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe("区县代码 GB/T 2260 / district code"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional().describe("下一页游标 / opaque cursor from the previous page"),
});
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;

const person = z
  .object({ username: z.string(), displayName: z.string(), organisation: z.string() })
  .nullable()
  .describe("操作人；系统自动操作时为空 / who, null for the system");

export const problemSchema = z.object({
  id: z.number().int(),
  project: z.object({ id: z.number().int(), name: z.string(), districtCode: z.string() }),
  category: z.enum(PROBLEM_CATEGORIES),
  title: z.string(),
  description: z.string(),
  responsibleUnit: z.string(),
  dueDate: businessDate,
  status: z.enum(PROBLEM_STATUSES),
  tier: z.enum(PROBLEM_TIERS),
  raisedBy: person,
  raisedAt: z.string(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
  overdue: z.boolean().describe("是否逾期（未解决且已过办结期限）/ unresolved past its due date"),
  daysOverdue: z.number().int().describe("逾期天数 / days past the due date"),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_EVENT_KINDS = ["raised", "comment", "escalated", "auto_escalated", "status"] as const;

export const problemEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PROBLEM_EVENT_KINDS),
  text: z.string(),
  fromTier: z.enum(PROBLEM_TIERS).nullable(),
  toTier: z.enum(PROBLEM_TIERS).nullable(),
  status: z.enum(PROBLEM_STATUSES).nullable(),
  by: person,
  at: z.string(),
});
export type ProblemEvent = z.infer<typeof problemEventSchema>;

export const problemDetailSchema = problemSchema.extend({
  events: z.array(problemEventSchema).describe("处理经过，按时间先后 / what happened, oldest first"),
});
export type ProblemDetail = z.infer<typeof problemDetailSchema>;

export const problemPageSchema = z.object({
  items: z.array(problemSchema),
  nextCursor: z.string().nullable().describe("null on the last page"),
});
export type ProblemPage = z.infer<typeof problemPageSchema>;

/** An unresolved problem as the monthly bulletin and the dashboards list it. */
export const openProblemSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  districtCode: z.string(),
  category: z.enum(PROBLEM_CATEGORIES),
  title: z.string(),
  status: z.enum(PROBLEM_STATUSES),
  tier: z.enum(PROBLEM_TIERS),
  responsibleUnit: z.string(),
  dueDate: businessDate,
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
});
export type OpenProblem = z.infer<typeof openProblemSchema>;

export const problemCountsSchema = z.object({
  asOf: businessDate,
  open: z.number().int().describe("未解决 / unresolved"),
  overdue: z.number().int().describe("其中逾期 / of those, overdue"),
  byTier: z.record(z.enum(PROBLEM_TIERS), z.number().int()),
  byCategory: z.record(z.enum(PROBLEM_CATEGORIES), z.number().int()),
});
export type ProblemCounts = z.infer<typeof problemCountsSchema>;
