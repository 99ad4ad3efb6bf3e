import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { ServiceContext } from "../services/context.js";
import { registerErrorHandler } from "./errors.js";
import { healthRoutes } from "./routes/health/health.js";
import { planRoutes } from "./routes/plans/plans.js";
import { projectRoutes } from "./routes/projects/projects.js";
import { referenceRoutes } from "./routes/reference/reference.js";

export interface ServerOptions {
  ctx: ServiceContext;
  engine: string;
  /** Folder of the built console (dist/web); the API runs without it. */
  webRoot?: string;
  logger?: boolean;
}

/** Builds the HTTP server: the API under /api, OpenAPI at /api/openapi.json, the console at /. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    disableRequestLogging: true,
    bodyLimit: 10 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "newinfra API — 新型基础设施重大项目管理平台",
        description:
          "金额以分为单位的整数字符串；日期为北京时间。Amounts are fen as integer strings; dates are Asia/Shanghai.",
        version: "1",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  const deps = { ctx: options.ctx };
  healthRoutes(app, { ...deps, engine: options.engine });
  referenceRoutes(app, deps);
  planRoutes(app, deps);
  projectRoutes(app, deps);

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    // Client-side routes (/projects/12) get the console's index page; unknown /api paths stay 404.
    app.get("/*", (request, reply) => {
      if (request.url.startsWith("/api/")) return reply.callNotFound();
      return reply.sendFile("index.html");
    });
  }
  return app;
}
