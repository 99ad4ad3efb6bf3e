import {
  canWrite,
  hasPermission,
  projectScopeOf,
  type Permission,
  type Principal,
  type ProjectScope,
} from "../domain/access.js";
import { AppError } from "../domain/errors.js";
import { recordAlone } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

export const unauthenticated = () => new AppError(401, "unauthenticated", "请先登录", "Sign in first");

const forbidden = () => new AppError(403, "forbidden", "无权执行此操作", "You are not allowed to do this");

/** The signed-in principal, or 401. System callers act as an all-seeing administrator. */
export function principalOf(ctx: ServiceContext): Principal | null {
  switch (ctx.actor.kind) {
    case "user":
      return ctx.actor.principal;
    case "system":
      return null;
    case "anonymous":
      throw unauthenticated();
  }
}

/** Refuses with 403, and records the refusal, unless the caller holds the permission. */
export async function requirePermission(
  ctx: ServiceContext,
  permission: Permission,
  what: string,
): Promise<void> {
  const principal = principalOf(ctx);
  if (!principal || hasPermission(principal.roles, permission)) return;
  await recordAlone(ctx, {
    action: "access.denied",
    entityType: what,
    outcome: "denied",
    details: { permission },
  });
  throw forbidden();
}

/** Refuses read-only callers (the auditor) before any change. */
export async function requireWriter(ctx: ServiceContext, what: string): Promise<void> {
  const principal = principalOf(ctx);
  if (!principal || canWrite(principal.roles)) return;
  await recordAlone(ctx, {
    action: "access.denied",
    entityType: what,
    outcome: "denied",
    details: { reason: "read_only" },
  });
  throw forbidden();
}

/** The projects the caller may see. */
export async function projectScope(ctx: ServiceContext): Promise<ProjectScope> {
  await requirePermission(ctx, "projects.read", "project");
  const principal = principalOf(ctx);
  return principal ? projectScopeOf(principal) : { kind: "all" };
}
