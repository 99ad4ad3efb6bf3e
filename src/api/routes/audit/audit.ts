import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  auditPageQuerySchema,
  auditPageSchema,
  auditQuerySchema,
  auditVerifySchema,
  type AuditQuery,
} from "../../../domain/contracts/audit.js";
import { auditChainStatus, exportAuditEntries, listAuditEntries } from "../../../services/audit.js";
import { errorResponses } from "../../app-types.js";
import { auditCsvStream, auditXlsxStream } from "./export.js";

const filtersOf = (q: AuditQuery) => ({
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
  action: q.action,
  actor: q.actor,
  entityType: q.entityType,
  entityId: q.entityId,
  outcome: q.outcome,
});

export function auditRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "审计日志（新在前）/ the audit log, newest first",
        querystring: auditPageQuerySchema,
        response: { 200: auditPageSchema, ...errorResponses },
      },
    },
    (request) => {
      const { limit, beforeSeq, ...filters } = request.query;
      return listAuditEntries(request.ctx, filtersOf(filters), { limit, beforeSeq: beforeSeq ?? null });
    },
  );
  r.get(
    "/api/v1/audit/export",
    {
      schema: {
        tags: ["audit"],
        summary: "导出审计日志 / export the audit log (xlsx or csv)",
        querystring: auditQuerySchema.extend({ format: z.enum(["xlsx", "csv"]).default("xlsx") }),
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const entries = exportAuditEntries(request.ctx, filtersOf(filters), format);
      // The generator checks permission on its first step: take it before any byte is sent.
      const first = await entries.next();
      async function* all() {
        if (!first.done) yield first.value;
        yield* entries;
      }
      const name = `audit-log.${format}`;
      reply.header("content-disposition", `attachment; filename="${name}"`);
      if (format === "csv") return reply.type("text/csv; charset=utf-8").send(auditCsvStream(all()));
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .send(auditXlsxStream(all()));
    },
  );
  r.get(
    "/api/v1/audit/verify",
    {
      schema: {
        tags: ["audit"],
        summary: "校验审计链 / verify the hash chain",
        response: { 200: auditVerifySchema, ...errorResponses },
      },
    },
    (request) => auditChainStatus(request.ctx),
  );
}
