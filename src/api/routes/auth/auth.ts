import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loginBodySchema, meSchema, passwordChangeSchema } from "../../../domain/contracts/auth.js";
import { changePassword, login, logout, principalFrom } from "../../../services/auth.js";
import { describeMe } from "../../../services/me.js";
import { errorResponses } from "../../app-types.js";
import {
  clearSessionCookies,
  cookieOptions,
  CSRF_COOKIE,
  SESSION_COOKIE,
  type SecurityOptions,
  loginRateLimit,
} from "../../security.js";

const ok = z.object({ ok: z.literal(true) });

export function authRoutes(app: FastifyInstance, security: SecurityOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/auth/login",
    {
      config: loginRateLimit(security),
      schema: {
        tags: ["auth"],
        summary: "登录 / sign in (sets an httpOnly session cookie)",
        body: loginBodySchema,
        response: { 200: meSchema, 423: errorResponses[400], 429: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const signedIn = await login(request.ctx, {
        ...request.body,
        clientIp: request.ip,
        userAgent: request.headers["user-agent"] ?? "",
      });
      reply.setCookie(SESSION_COOKIE, signedIn.token, cookieOptions(request, true));
      reply.setCookie(CSRF_COOKIE, signedIn.csrfToken, cookieOptions(request, false));
      const ctx = {
        ...request.ctx,
        actor: {
          kind: "user" as const,
          principal: principalFrom(signedIn.user),
          clientIp: request.ip,
          sessionTokenHash: null,
        },
      };
      return describeMe(ctx, signedIn);
    },
  );
  r.post(
    "/api/v1/auth/logout",
    { schema: { tags: ["auth"], summary: "退出登录 / sign out", response: { 200: ok, ...errorResponses } } },
    async (request, reply) => {
      await logout(request.ctx);
      clearSessionCookies(request, reply);
      return { ok: true as const };
    },
  );
  r.post(
    "/api/v1/auth/password",
    {
      schema: {
        tags: ["auth"],
        summary: "修改密码 / change password",
        body: passwordChangeSchema,
        response: { 200: ok, ...errorResponses },
      },
    },
    async (request) => {
      await changePassword(request.ctx, request.body);
      return { ok: true as const };
    },
  );
  r.get(
    "/api/v1/me",
    {
      schema: {
        tags: ["auth"],
        summary: "当前用户、角色与数据范围 / the caller, roles and scope",
        response: { 200: meSchema, ...errorResponses },
      },
    },
    (request) =>
      describeMe(request.ctx, {
        csrfToken: request.csrfToken ?? "",
        mustChangePassword: request.mustChangePassword,
      }),
  );
}
