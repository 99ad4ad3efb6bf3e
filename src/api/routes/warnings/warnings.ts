import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { warningsQuerySchema, warningsSchema } from "../../../domain/contracts/warnings.js";
import { warningsFor } from "../../../services/warnings.js";
import { errorResponses } from "../../app-types.js";

export function warningRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/warnings",
    {
      schema: {
        tags: ["dispatch"],
        summary: "调度预警：红黄绿灯及原因 / red, yellow, green per project with the reasons, and roll-ups",
        querystring: warningsQuerySchema,
        response: { 200: warningsSchema, ...errorResponses },
      },
    },
    (request) => warningsFor(request.ctx, request.query),
  );
}
