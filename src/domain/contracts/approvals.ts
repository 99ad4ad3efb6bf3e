import { z } from "zod";
import { APPROVAL_KINDS, APPROVAL_STATUSES, MAX_STATUTORY_DAYS } from "../approvals/rules.js";
import { CALENDAR_DAY_KINDS } from "../approvals/working-days.js";
import { businessDate } from "./common.js";

const id = z.number().int().positive().max(2_147_483_647);
const statutoryDays = z
  .number()
  .int()
  .min(1)
  .max(MAX_STATUTORY_DAYS)
  .describe("法定办结时限（工作日）/ statutory time limit, working days");
const targetDays = z
  .number()
  .int()
  .min(0)
  .max(Math.floor(MAX_STATUTORY_DAYS / 2))
  .describe(
    "承诺办结时限（工作日），不超过法定时限的一半（向下取整），默认即为一半 / promised limit, at most half the statutory one rounded down; half by default",
  );
const approvingBody = z.string().trim().min(2).max(100).describe("审批部门 / approving body");
const note = z.string().trim().max(1000).describe("备注 / note");

export const approvalInputSchema = z.strictObject({
  kind: z.enum(APPROVAL_KINDS).describe("事项类别 / kind of approval or filing"),
  approvingBody: approvingBody
    .optional()
    .describe(
      "审批部门，默认按事项类别和项目级别确定 / approving body; by default from the kind and the project's level",
    ),
  statutoryDays: statutoryDays.optional().describe("法定时限（工作日），默认按事项类别 / default by kind"),
  targetDays: targetDays.optional(),
  submittedOn: businessDate.describe("申报（受理）日期，不计入办理时间 / submission date, not counted"),
  completedOn: businessDate
    .nullable()
    .optional()
    .describe("办结日期，计入办理时间；未办结为空 / completion date, counted; null while open"),
  commitment: z.boolean().default(false).describe("告知承诺制办理 / handled on the owner's commitment"),
  note: note.default(""),
});
export type ApprovalInput = z.input<typeof approvalInputSchema>;

export const approvalUpdateSchema = z.strictObject({
  version: id
    .optional()
    .describe("所编辑的版本号（或 If-Match 请求头）/ the version edited (or the If-Match header)"),
  kind: z.enum(APPROVAL_KINDS).optional(),
  approvingBody: approvingBody.optional(),
  statutoryDays: statutoryDays
    .optional()
    .describe(
      "法定时限；改动而未给承诺时限时，承诺时限重置为一半 / when changed without a target, the target resets to half",
    ),
  targetDays: targetDays.optional(),
  submittedOn: businessDate.optional(),
  completedOn: businessDate
    .nullable()
    .optional()
    .describe("办结日期；置空表示重新打开 / completion date; null reopens the item"),
  commitment: z.boolean().optional(),
  note: note.optional(),
});
export type ApprovalUpdate = z.input<typeof approvalUpdateSchema>;

export const approvalSchema = z.object({
  id: z.number().int(),
  project: z.object({
    id: z.number().int(),
    name: z.string(),
    code: z.string().nullable(),
    districtCode: z.string(),
  }),
  kind: z.enum(APPROVAL_KINDS),
  approvingBody: z.string(),
  statutoryDays: z.number().int(),
  targetDays: z.number().int(),
  submittedOn: z.string(),
  completedOn: z.string().nullable(),
  commitment: z.boolean(),
  note: z.string(),
  version: z.number().int(),
  createdBy: z.string().nullable().describe("登记人；演示数据为空 / who recorded it, null for loaded data"),
  createdAt: z.string(),
  status: z.enum(APPROVAL_STATUSES).describe("截至今天的状态 / where it stands today"),
  elapsedDays: z.number().int().describe("已用工作日 / working days used"),
  targetDue: z.string().describe("承诺时限最后一日 / last day of the target"),
  statutoryDue: z.string().describe("法定时限最后一日 / last day of the statutory limit"),
  workingDaysOverdue: z.number().int().describe("超出承诺时限的工作日 / working days past the target"),
  speedupPct: z
    .string()
    .nullable()
    .describe("比法定时限提速（%，一位小数）；未办结为空 / speed-up against the statutory limit, percent"),
});
export type Approval = z.infer<typeof approvalSchema>;

export const APPROVAL_STATUS_FILTERS = [...APPROVAL_STATUSES, "open", "done"] as const;

export const approvalListQuerySchema = z.object({
  status: z
    .enum(APPROVAL_STATUS_FILTERS)
    .optional()
    .describe("状态；open 为全部未办结，done 为全部已办结 / status; open or done for all open or all done"),
  kind: z.enum(APPROVAL_KINDS).optional().describe("事项类别 / kind"),
  body: z.string().trim().min(1).max(100).optional().describe("审批部门（全称匹配）/ approving body, exact"),
  district: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe("区县代码 GB/T 2260 / district code"),
  overdue: z
    .enum(["true", "false"])
    .optional()
    .describe("true：超出承诺时限（未办结逾期或超时办结）/ past the target, open or done late"),
  project: z.coerce.number().int().positive().max(2_147_483_647).optional().describe("项目编号 / project id"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional().describe("下一页游标 / opaque cursor from the previous page"),
});
export type ApprovalListQuery = z.infer<typeof approvalListQuerySchema>;

export const approvalPageSchema = z.object({
  asOf: z.string().describe("状态计算日期（今天）/ the date statuses are reckoned on (today)"),
  items: z.array(approvalSchema),
  nextCursor: z.string().nullable().describe("null on the last page"),
});
export type ApprovalPage = z.infer<typeof approvalPageSchema>;

export const approvalSummaryQuerySchema = z.object({
  from: businessDate
    .optional()
    .describe("办结日期起，默认今年 1 月 1 日 / completed from, 1 January by default"),
  to: businessDate.optional().describe("办结日期止，默认今天 / completed up to, today by default"),
});

const figures = {
  completed: z.number().int().describe("期间办结事项数 / items completed in the period"),
  withinTarget: z.number().int().describe("其中按承诺时限办结 / of which within target"),
  withinTargetPct: z.string().nullable().describe("按时办结率（%）/ share within target, percent"),
  medianSpeedupPct: z
    .string()
    .nullable()
    .describe(
      "提速中位数：1 − 实际用时 / 法定时限（%，向下取一位小数）/ median of 1 − elapsed / statutory, percent",
    ),
  meetsPlan: z.boolean().nullable().describe("中位数是否达到提速 50% / whether the median reaches 50 %"),
};

export const approvalSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  asOf: z.string().describe("在办事项的状态日期 / date the open items are reckoned on"),
  wholePlan: z.boolean().describe("全市口径（否则为本单位范围）/ city-wide, not only the caller's scope"),
  planTargetPct: z.number().int().describe("方案目标：提速 50% 以上 / the plan's target speed-up"),
  overall: z.object(figures),
  byBody: z.array(z.object({ body: z.string(), ...figures })),
  byKind: z.array(z.object({ kind: z.enum(APPROVAL_KINDS), ...figures })),
  open: z.object({
    total: z.number().int(),
    withinTarget: z.number().int(),
    atRisk: z.number().int(),
    overdue: z.number().int(),
  }),
  calendarMissingYears: z
    .array(z.number().int())
    .describe("期间内尚未维护节假日的年份（按周一至周五计）/ years in the period without a holiday calendar"),
});
export type ApprovalSummary = z.infer<typeof approvalSummarySchema>;

export const calendarQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe("年份，默认今年 / year, this one by default"),
});

export const calendarDayParams = z.object({ day: businessDate });

export const calendarDayInputSchema = z.strictObject({
  kind: z
    .enum(CALENDAR_DAY_KINDS)
    .describe(
      "holiday：节假日（不上班）；workday：周末调休上班 / a holiday, or a make-up working day on a weekend",
    ),
  name: z.string().trim().min(1).max(50).describe("名称，如 春节、国庆节调休上班 / name"),
});
export type CalendarDayInput = z.infer<typeof calendarDayInputSchema>;

export const calendarYearSchema = z.object({
  year: z.number().int(),
  editable: z.boolean().describe("可否由市级管理员维护 / whether the city administrator may change it"),
  source: z
    .enum(["state_council", "city", "none"])
    .describe("国务院通知（2020–2022）、市级维护，或尚未维护 / the notices, the city, or not kept yet"),
  workingDays: z.number().int().describe("全年工作日数 / working days in the year"),
  days: z.array(
    z.object({
      day: z.string(),
      kind: z.enum(CALENDAR_DAY_KINDS),
      name: z.string(),
      weekend: z.boolean(),
    }),
  ),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;
