import { z } from "zod";
import { APPLICATION_STATUSES, EVIDENCE_KINDS } from "../incentives/application-rules.js";
import { FACTOR_STATUSES } from "../incentives/factor-rules.js";
import { QUOTE_STEP_KINDS } from "../incentives/quote.js";
import { AWARD_LEVELS, CLAUSE_KINDS, clauseTermsSchema, FACTOR_TYPES } from "../incentives/terms.js";
import { businessDate, fenString } from "./common.js";

const id = z.number().int().positive().max(2_147_483_647);
const clauseCode = z.string().trim().min(1).max(20).describe("条款编号，如 P1-11 / clause code, e.g. P1-11");
/** A base or approved amount: whole fen, not negative, at most 10^15 (10 万亿元). */
const amountFen = z
  .string()
  .regex(/^\d{1,16}$/, "应为不超过16位的非负整数（分）/ a whole number of fen, at most 16 digits")
  .describe("金额（分，整数字符串）/ amount in fen as an integer string");

export const clauseVersionSchema = z.object({
  version: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  terms: clauseTermsSchema,
  note: z.string(),
  changedBy: z.string().nullable().describe("修订人 / who issued it (null: the plan)"),
  at: z.string(),
});
export type ClauseVersion = z.infer<typeof clauseVersionSchema>;

export const clauseSchema = z.object({
  code: z.string(),
  group: z.string(),
  zh: z.string().describe("方案原文摘要 / the plan's wording"),
  kind: z.enum(CLAUSE_KINDS).describe("现行版本的类别 / kind under the version in force"),
  inForce: clauseVersionSchema
    .nullable()
    .describe("在所询日期施行的版本 / the version in force on the date asked"),
  versions: z.array(clauseVersionSchema).describe("全部版本，新版在前 / every version, newest first"),
});
export type Clause = z.infer<typeof clauseSchema>;

export const clauseListQuerySchema = z.object({
  date: businessDate
    .optional()
    .describe("施行日期，默认今天 / the date whose versions to show; today by default"),
});

export const clauseListSchema = z.object({ asOf: z.string(), items: z.array(clauseSchema) });
export type ClauseList = z.infer<typeof clauseListSchema>;

export const clauseCodeParams = z.object({ code: clauseCode });

export const clauseVersionInputSchema = z.strictObject({
  effectiveFrom: businessDate.describe("生效日期，不早于今天 / effective date, today or later"),
  terms: clauseTermsSchema,
  note: z.string().trim().min(2).max(500).describe("修订说明（依据文件）/ why, e.g. the document it follows"),
});
export type ClauseVersionInput = z.infer<typeof clauseVersionInputSchema>;

export const quoteInputSchema = z.strictObject({
  clause: clauseCode,
  level: z.enum(AWARD_LEVELS).optional().describe("项目级别（按级别设上限的条款必填）/ project level"),
  baseFen: amountFen.describe("计算基数（分）/ the base the award is reckoned on, fen"),
  applicantId: id
    .optional()
    .describe("申请单位编号，计入其已获金额 / applicant, to count what it already received"),
  applicantIsSme: z
    .boolean()
    .optional()
    .describe("申请单位是否为中小微企业 / whether the applicant is an SME"),
  year: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe("年度上限所属年度，默认今年 / year of the yearly cap"),
  date: businessDate.optional().describe("按此日施行的条款版本测算，默认今天 / terms in force on this date"),
});
export type QuoteInput = z.infer<typeof quoteInputSchema>;

export const quoteStepSchema = z.object({
  kind: z.enum(QUOTE_STEP_KINDS),
  zh: z.string(),
  en: z.string(),
  amountFen: fenString.nullable(),
});

export const quoteSchema = z.object({
  clause: z.string(),
  version: z.number().int().describe("所用条款版本 / the clause version used"),
  kind: z.enum(CLAUSE_KINDS),
  eligible: z.boolean(),
  maxAwardFen: fenString
    .nullable()
    .describe("最高可获金额（分）；不按规则测算时为空 / null when no amount is reckoned"),
  itemMaxFen: fenString
    .nullable()
    .describe("本项按条款可获最高额（未计同一单位累计/年度上限）/ before shared caps"),
  binding: z.string().nullable().describe("起限制作用的环节 / what limited the amount"),
  steps: z.array(quoteStepSchema),
  applicant: z
    .object({
      id: z.number().int(),
      name: z.string(),
      receivedFen: fenString.describe("本条款累计已获 / received under the clause in total"),
      yearReceivedFen: fenString.describe("本条款当年已获 / received in the year"),
    })
    .nullable(),
  year: z.number().int(),
  asOf: z.string(),
});
export type QuoteResult = z.infer<typeof quoteSchema>;

export const evidenceSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe("文件名 / file name"),
  kind: z.enum(EVIDENCE_KINDS).describe("材料类别 / kind of document"),
  size: z.number().int().min(1).max(1_073_741_824).describe("字节数 / size in bytes"),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "应为64位十六进制 SHA-256 / 64 hex digits")
    .transform((s) => s.toLowerCase())
    .describe("SHA-256 摘要 / SHA-256 digest"),
});
export type Evidence = z.output<typeof evidenceSchema>;

export const applicationInputSchema = z.strictObject({
  clause: clauseCode,
  projectId: id.describe("项目 / project"),
  level: z.enum(AWARD_LEVELS).optional().describe("申报的项目级别 / project level claimed"),
  applicantIsSme: z.boolean().default(false).describe("申请单位为中小微企业 / applicant is an SME"),
  baseFen: amountFen,
  evidence: z.array(evidenceSchema).min(1).max(30).describe("证明材料信息 / supporting documents' metadata"),
  note: z.string().trim().max(2000).default(""),
});
export type ApplicationInput = z.input<typeof applicationInputSchema>;

export const resubmitInputSchema = z.strictObject({
  level: z.enum(AWARD_LEVELS).optional(),
  applicantIsSme: z.boolean().optional(),
  baseFen: amountFen.optional(),
  evidence: z.array(evidenceSchema).min(1).max(30).optional(),
  note: z.string().trim().min(2).max(2000).describe("补正说明 / what was corrected"),
});

export const applicationReviewInputSchema = z.strictObject({
  decision: z.enum(["accepted", "returned"]),
  reason: z
    .string()
    .trim()
    .max(1000)
    .default("")
    .describe("退回原因（退回时必填）/ reason, required to return"),
});

export const withdrawInputSchema = z.strictObject({
  reason: z.string().trim().min(2).max(1000).describe("撤回原因 / why"),
});

export const decisionInputSchema = z.strictObject({
  decision: z.enum(["approved", "rejected"]),
  amountFen: amountFen
    .optional()
    .describe("批准金额（批准时必填）/ the amount approved, required to approve"),
  reason: z
    .string()
    .trim()
    .max(1000)
    .default("")
    .describe("说明（不予批准时必填）/ reason, required to reject"),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

const applicationEventSchema = z.object({
  kind: z.string(),
  role: z.string().nullable(),
  reason: z.string(),
  amountFen: fenString.nullable(),
  by: z.string().nullable(),
  at: z.string(),
});

export const applicationSchema = z.object({
  id: z.number().int(),
  clause: z.string(),
  clauseZh: z.string(),
  project: z.object({
    id: z.number().int(),
    name: z.string(),
    districtCode: z.string(),
    specialCode: z.string(),
  }),
  applicant: z.object({ id: z.number().int(), name: z.string() }),
  level: z.enum(AWARD_LEVELS).nullable(),
  applicantIsSme: z.boolean(),
  baseFen: fenString,
  evidence: z.array(
    z.object({ name: z.string(), kind: z.enum(EVIDENCE_KINDS), size: z.number().int(), sha256: z.string() }),
  ),
  note: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  districtReview: z.string().nullable(),
  departmentReview: z.string().nullable(),
  approvedFen: fenString.nullable(),
  decisionReason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  events: z.array(applicationEventSchema),
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListQuerySchema = z.object({
  status: z
    .enum([...APPLICATION_STATUSES, "awaiting_me"])
    .optional()
    .describe("状态；awaiting_me 为待本人所在单位处理 / status; awaiting_me: waiting on the caller's unit"),
  clause: clauseCode.optional(),
  projectId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

export const ledgerQuerySchema = z.object({
  applicantId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  clause: clauseCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ledgerSchema = z.object({
  rows: z.array(
    z.object({
      applicantId: z.number().int(),
      applicantName: z.string(),
      clause: z.string(),
      year: z.number().int(),
      awards: z.number().int(),
      totalFen: fenString,
    }),
  ),
  balances: z.array(
    z.object({
      applicantId: z.number().int(),
      applicantName: z.string(),
      clause: z.string(),
      totalFen: fenString.describe("累计已获 / received in total"),
      cumulativeCapFen: fenString.nullable().describe("现行累计上限 / cumulative cap in force"),
      remainingFen: fenString.nullable(),
    }),
  ),
});
export type Ledger = z.infer<typeof ledgerSchema>;

export const factorRequestInputSchema = z.strictObject({
  clause: clauseCode.describe("要素保障条款，P1-1 至 P1-5 / a factor clause, P1-1 to P1-5"),
  projectId: id,
  title: z.string().trim().min(2).max(200),
  description: z.string().trim().min(2).max(5000).describe("需求说明 / what is needed"),
});

export const factorEventInputSchema = z.strictObject({
  status: z.enum(FACTOR_STATUSES).optional().describe("新状态 / new status"),
  dueDate: businessDate.optional().describe("新的办理期限 / new due date"),
  comment: z.string().trim().min(2).max(5000).describe("说明或办理意见 / comment"),
});

export const factorRequestSchema = z.object({
  id: z.number().int(),
  clause: z.string(),
  factor: z.enum(FACTOR_TYPES),
  project: z.object({ id: z.number().int(), name: z.string(), districtCode: z.string() }),
  title: z.string(),
  description: z.string(),
  responsibleUnit: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  status: z.enum(FACTOR_STATUSES),
  result: z.string(),
  raisedAt: z.string(),
  closedAt: z.string().nullable(),
  events: z.array(
    z.object({
      kind: z.string(),
      text: z.string(),
      status: z.string().nullable(),
      dueDate: z.string().nullable(),
      by: z.string().nullable(),
      byRole: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type FactorRequest = z.infer<typeof factorRequestSchema>;

export const factorListQuerySchema = z.object({
  status: z
    .enum([...FACTOR_STATUSES, "active"])
    .optional()
    .describe("状态；active 为未办结 / status; active: not closed"),
  projectId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
