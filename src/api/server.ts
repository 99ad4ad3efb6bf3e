import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { ServiceContext } from "../services/context.js";
import { registerErrorHandler } from "./errors.js";
import { approvalRoutes } from "./routes/approvals/approvals.js";
import { auditRoutes } from "./routes/audit/audit.js";
import { authRoutes } from "./routes/auth/auth.js";
import { bulletinRoutes } from "./routes/bulletins/bulletins.js";
import { calendarRoutes } from "./routes/calendar/calendar.js";
import { healthRoutes } from "./routes/health/health.js";
import { planRoutes } from "./routes/plans/plans.js";
import { projectExportRoutes } from "./routes/projects/export.js";
import { projectRoutes } from "./routes/projects/projects.js";
import { publicRoutes } from "./routes/public/public.js";
import { problemRoutes } from "./routes/problems/problems.js";
import { publicationRoutes } from "./routes/publications/publications.js";
import { importRoutes } from "./routes/imports/imports.js";
import { indicatorRoutes } from "./routes/indicators/indicators.js";
import { incentiveApplicationRoutes } from "./routes/incentives/applications.js";
import { incentiveClauseRoutes } from "./routes/incentives/clauses.js";
import { factorRequestRoutes } from "./routes/incentives/factor-requests.js";
import { financingRoutes } from "./routes/financing/financing.js";
import { whitelistRoutes } from "./routes/whitelist/whitelist.js";
import { referenceRoutes } from "./routes/reference/reference.js";
import { rollingPlanRoutes } from "./routes/rolling-plan/rolling-plan.js";
import { reportRoutes } from "./routes/reports/reports.js";
import { dashboardRoutes } from "./routes/dashboard/dashboard.js";
import { dispatchRoutes } from "./routes/dispatch/dispatch.js";
import { warningRoutes } from "./routes/warnings/warnings.js";
import { registerSecurity, type SecurityOptions } from "./security.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, for the authorization matrix and the docs. */
    routeList: { method: string; url: string; hidden: boolean }[];
  }
}

export interface ServerOptions {
  /** Database, clock and security settings; each request adds its caller. */
  base: Omit<ServiceContext, "actor">;
  engine: string;
  /** Folder of the built console (dist/web); the API runs without it. */
  webRoot?: string;
  logger?: boolean;
  /** Trust X-Forwarded-* from a TLS-terminating proxy in front. */
  trustProxy?: boolean;
  loginRateLimit?: SecurityOptions["loginRateLimit"];
}

/** Builds the HTTP server: the API under /api, OpenAPI at /api/openapi.json, the console at /. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "warn" } : false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  const routes: { method: string; url: string; hidden: boolean }[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routes.push({ method, url: route.url, hidden: route.schema?.hide === true });
    }
  });
  app.decorate("routeList", routes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const security: SecurityOptions = {
    base: options.base,
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 },
  };
  await registerSecurity(app, security);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "newinfra API — 新型基础设施重大项目管理平台",
        description:
          "金额以分为单位的整数字符串；日期为北京时间。登录后以 httpOnly 会话 Cookie 认证，修改类请求须带 X-CSRF-Token。" +
          " Amounts are fen as integer strings; dates are Asia/Shanghai. Sign in for an httpOnly session cookie; state-changing requests carry X-CSRF-Token.",
        version: "1",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  healthRoutes(app, options.engine);
  authRoutes(app, security);
  referenceRoutes(app);
  planRoutes(app);
  projectRoutes(app);
  publicRoutes(app);
  publicationRoutes(app);
  auditRoutes(app);
  rollingPlanRoutes(app);
  importRoutes(app);
  projectExportRoutes(app);
  warningRoutes(app);
  reportRoutes(app);
  indicatorRoutes(app);
  dashboardRoutes(app);
  dispatchRoutes(app);
  problemRoutes(app);
  bulletinRoutes(app);
  approvalRoutes(app);
  calendarRoutes(app);
  incentiveClauseRoutes(app);
  incentiveApplicationRoutes(app);
  factorRequestRoutes(app);
  financingRoutes(app);
  whitelistRoutes(app);

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    // Built assets are content-hashed: a missing one is a 404, never the index page.
    // Client-side routes (/projects/12) get the console's index page; unknown /api paths stay 404.
    app.get("/*", { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith("/api/") || request.url.startsWith("/assets/")) return reply.callNotFound();
      return reply.sendFile("index.html");
    });
  }
  return app;
}
