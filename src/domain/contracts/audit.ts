import { z } from "zod";

export const auditQuerySchema = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("起始时间（含时区）/ from, ISO 8601 with offset"),
  to: z.iso.datetime({ offset: true }).optional().describe("截止时间（含时区）/ to, ISO 8601 with offset"),
  action: z.string().max(64).optional().describe("操作 / action, e.g. auth.login"),
  actor: z.string().max(64).optional().describe("操作人用户名 / actor username"),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  outcome: z.enum(["ok", "denied", "failed"]).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageQuerySchema = auditQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  beforeSeq: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe("翻页：上一页最后一条的序号 / seq of the last entry of the previous page"),
});

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actorUsername: z.string(),
  actorOrganisationId: z.number().int().nullable(),
  clientIp: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  outcome: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  details: z.unknown(),
  algorithm: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBeforeSeq: z.number().int().nullable(),
});

export const auditVerifySchema = z.object({
  entries: z.number().int(),
  ok: z.boolean(),
  problem: z
    .object({ seq: z.number().int(), reason: z.enum(["gap", "prev_hash", "hash", "head"]) })
    .nullable(),
});
