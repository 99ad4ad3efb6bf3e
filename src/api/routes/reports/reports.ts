import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  queuedReportSchema,
  reportInputSchema,
  reportQueueQuerySchema,
  reportSchema,
  reportStatusQuerySchema,
  reportStatusSchema,
  reviewInputSchema,
} from "../../../domain/contracts/report.js";
import { reportQueueFor, reportStatusFor } from "../../../services/report-status.js";
import { listReports, reviewReport, submitReport } from "../../../services/reports.js";
import { errorResponses } from "../../app-types.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Monthly progress reports: owners submit (a correction is a new version), districts and departments review. */
export function reportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/projects/:id/reports",
    {
      schema: {
        tags: ["dispatch"],
        summary: "填报月报（更正即新版本）/ submit a monthly report (a correction is a new version)",
        params: idParams,
        body: reportInputSchema,
        response: { 201: reportSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitReport(request.ctx, request.params.id, request.body)),
  );
  r.get(
    "/api/v1/projects/:id/reports",
    {
      schema: {
        tags: ["dispatch"],
        summary: "项目月报及历次版本 / the project's reports and their versions",
        params: idParams,
        response: { 200: z.object({ items: z.array(reportSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listReports(request.ctx, request.params.id) }),
  );
  r.post(
    "/api/v1/reports/:id/reviews",
    {
      schema: {
        tags: ["dispatch"],
        summary: "区县或主管部门审核月报 / district or lead department review",
        params: idParams,
        body: reviewInputSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    (request) => reviewReport(request.ctx, request.params.id, request.body),
  );
  r.get(
    "/api/v1/reports",
    {
      schema: {
        tags: ["dispatch"],
        summary: "待审核或按状态的月报 / reports awaiting the caller's review, or by status",
        querystring: reportQueueQuerySchema,
        response: { 200: z.object({ items: z.array(queuedReportSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await reportQueueFor(request.ctx, request.query) }),
  );
  r.get(
    "/api/v1/report-status",
    {
      schema: {
        tags: ["dispatch"],
        summary:
          "月报报送情况：按区县、部门的按时、迟报、未报 / on time, late and missing per district and department",
        querystring: reportStatusQuerySchema,
        response: { 200: reportStatusSchema, ...errorResponses },
      },
    },
    (request) => reportStatusFor(request.ctx, request.query.month),
  );
}
