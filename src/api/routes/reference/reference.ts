import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { referenceSchema } from "../../../domain/contracts/reference.js";
import { getReference } from "../../../services/reference.js";
import { errorResponses } from "../../app-types.js";

export function referenceRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/reference",
    {
      schema: {
        tags: ["reference"],
        summary: "参考数据：板块、专项、区县、阶段 / taxonomy, districts and code lists",
        response: { 200: referenceSchema, ...errorResponses },
      },
    },
    (request) => getReference(request.ctx),
  );
}
