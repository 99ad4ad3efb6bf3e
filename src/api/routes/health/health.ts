import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkHealth } from "../../../services/health.js";

const healthSchema = z.object({ status: z.literal("ok"), engine: z.string(), time: z.string() });

export function healthRoutes(app: FastifyInstance, engine: string): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/health",
      { schema: { tags: ["system"], summary: "健康检查 / health check", response: { 200: healthSchema } } },
      async (request) => ({ status: "ok" as const, engine, ...(await checkHealth(request.ctx)) }),
    );
}
