import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../domain/errors.js";
import { resolveSession } from "../services/auth.js";
import type { ServiceContext } from "../services/context.js";

export const SESSION_COOKIE = "newinfra_session";
export const CSRF_COOKIE = "newinfra_csrf";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    /** The service context of this request: the caller resolved from its session cookie. */
    ctx: ServiceContext;
    /** Why a presented session cookie no longer works, when it does not. */
    sessionEnded: "missing" | "idle_expired" | "expired" | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
}

export interface SecurityOptions {
  /** Context without a caller; each request adds its actor. */
  base: Omit<ServiceContext, "actor">;
  loginRateLimit: { max: number; timeWindowMs: number };
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** While a password change is forced, only these stay open. */
const OPEN_DURING_FORCED_CHANGE = new Set([
  "GET /api/v1/me",
  "POST /api/v1/auth/password",
  "POST /api/v1/auth/logout",
]);

export function cookieOptions(request: FastifyRequest, httpOnly: boolean) {
  return { path: "/", httpOnly, sameSite: "strict" as const, secure: request.protocol === "https" };
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, true));
  reply.clearCookie(CSRF_COOKIE, cookieOptions(request, false));
}

/**
 * Security headers, cookies and the per-request caller: the session cookie is resolved to a user (or
 * the request stays anonymous), state-changing requests of a session must carry its CSRF token, and a
 * forced password change closes everything else.
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        "rate_limited",
        `请求过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后重试`,
        `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });

  app.decorateRequest("ctx", null as unknown as ServiceContext);
  app.decorateRequest("sessionEnded", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("mustChangePassword", false);

  app.addHook("onRequest", async (request, reply) => {
    const clientIp = request.ip;
    request.ctx = { ...options.base, actor: { kind: "anonymous", clientIp } };
    const token = request.cookies[SESSION_COOKIE];
    // Static files of the console need no caller.
    if (!token || !request.url.startsWith("/api/")) return;
    const resolved = await resolveSession(request.ctx, token);
    if ("ended" in resolved) {
      request.sessionEnded = resolved.ended;
      clearSessionCookies(request, reply);
      return;
    }
    const { session } = resolved;
    request.ctx = {
      ...options.base,
      actor: { kind: "user", principal: session.principal, clientIp, sessionTokenHash: session.tokenHash },
    };
    request.csrfToken = session.csrfToken;
    request.mustChangePassword = session.mustChangePassword;
  });

  app.addHook("preHandler", (request, _reply, done) => done(refusal(request) ?? undefined));
}

/** Why a signed-in request may not go on: a missing CSRF token, or a password change still owed. */
function refusal(request: FastifyRequest): AppError | null {
  if (request.ctx.actor.kind !== "user") return null;
  if (UNSAFE.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken) {
    return new AppError(
      403,
      "csrf_failed",
      "请求缺少有效的 CSRF 令牌，请刷新页面后重试",
      "Missing or wrong CSRF token; reload the page and retry",
    );
  }
  const route = `${request.method} ${request.routeOptions.url ?? ""}`;
  if (request.mustChangePassword && !OPEN_DURING_FORCED_CHANGE.has(route)) {
    return new AppError(
      403,
      "password_change_required",
      "首次登录须先修改初始密码",
      "Change the initial password before going on",
    );
  }
  return null;
}

export const loginRateLimit = (options: SecurityOptions) => ({
  rateLimit: { max: options.loginRateLimit.max, timeWindow: options.loginRateLimit.timeWindowMs },
});
