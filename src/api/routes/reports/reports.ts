import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { reportInputSchema, reportSchema, reviewInputSchema } from "../../../domain/contracts/report.js";
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
}
