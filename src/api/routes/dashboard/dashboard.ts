import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dashboardQuerySchema, dashboardSchema } from "../../../domain/contracts/dashboard.js";
import { dashboardFor } from "../../../services/dashboard.js";
import { errorResponses } from "../../app-types.js";

export function dashboardRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/dashboard",
    {
      schema: {
        tags: ["dispatch"],
        summary:
          "调度看板：年度计划与完成、完成率、开工率、红黄灯，按维度分组及逐月 / dispatch dashboard by group and month",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    (request) => dashboardFor(request.ctx, request.query),
  );
}
