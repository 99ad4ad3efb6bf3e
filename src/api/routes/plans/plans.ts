import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { planSummarySchema } from "../../../domain/contracts/plan-summary.js";
import { getPlanSummary } from "../../../services/plan-summary.js";
import { errorResponses } from "../../app-types.js";

export function planRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/plans/:code/summary",
    {
      schema: {
        tags: ["plans"],
        summary: "计划对账：目标与项目库对比 / the plan's table against the library",
        params: z.object({
          code: z.string().max(64).describe("计划代码 / plan code, e.g. CQ-NEWINFRA-2020-2022"),
        }),
        response: { 200: planSummarySchema, ...errorResponses },
      },
    },
    (request) => getPlanSummary(request.ctx, request.params.code),
  );
}
