import { createHash, randomBytes } from "node:crypto";
import type { Principal, Role } from "../domain/access.js";
import { AppError } from "../domain/errors.js";
import {
  afterFailedAttempt,
  isLocked,
  SESSION_ABSOLUTE_MS,
  SESSION_TOUCH_MS,
  sessionState,
} from "../domain/session-rules.js";
import {
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  findUserById,
  findUserByUsername,
  insertSession,
  touchSession,
  updateUser,
  type UserWithOrganisation,
} from "../store/accounts.js";
import { record, recordAlone } from "./audit-trail.js";
import type { Actor, ServiceContext } from "./context.js";
import { assertPasswordPolicy, hashPassword, passwordMatches, verifyDecoy } from "./passwords.js";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

const badCredentials = () =>
  new AppError(401, "invalid_credentials", "用户名或密码错误", "Wrong username or password");

const shanghaiTime = (at: Date) =>
  at.toLocaleTimeString("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });

const locked = (until: Date) =>
  new AppError(
    423,
    "account_locked",
    `连续登录失败次数过多，账户已锁定至 ${shanghaiTime(until)}（北京时间）`,
    `Too many failed sign-ins: the account is locked until ${until.toISOString()}`,
  );

export function principalFrom(user: UserWithOrganisation): Principal {
  return {
    userId: user.id,
    username: user.username,
    organisationId: user.organisationId,
    organisationDistrictCode: user.organisation.districtCode,
    roles: user.roles as Role[],
  };
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: UserWithOrganisation;
  mustChangePassword: boolean;
}

/**
 * Signs a user in. Unknown users and wrong passwords get the same answer after the same work; five
 * failures in a row lock the account for 15 minutes. Every attempt is recorded.
 */
export async function login(
  ctx: ServiceContext,
  input: { username: string; password: string; clientIp: string; userAgent: string },
): Promise<SignedIn> {
  const now = ctx.now();
  const user = await findUserByUsername(ctx.db, input.username);
  const failed = (reason: string, actor: Actor = ctx.actor) =>
    recordAlone(
      ctx,
      {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        outcome: "failed",
        details: { username: input.username, reason },
      },
      actor,
    );

  if (!user || user.disabled) {
    await verifyDecoy(input.password);
    await failed(user ? "disabled" : "unknown_user");
    throw badCredentials();
  }
  if (isLocked(user, now)) {
    await failed("locked");
    throw locked(user.lockedUntil ?? now);
  }
  if (!(await passwordMatches(user.passwordHash, input.password))) {
    const next = afterFailedAttempt(user.failedAttempts, now);
    await ctx.db.transaction(async (tx) => {
      await updateUser(tx, user.id, next);
      await record(ctx, tx, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        outcome: "failed",
        details: { username: input.username, reason: "wrong_password" },
      });
      if (next.lockedUntil) {
        await record(ctx, tx, {
          action: "auth.locked",
          entityType: "user",
          entityId: user.id,
          after: { lockedUntil: next.lockedUntil },
        });
      }
    });
    if (next.lockedUntil) throw locked(next.lockedUntil);
    throw badCredentials();
  }

  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const principal = principalFrom(user);
  const userActor: Actor = {
    kind: "user",
    principal,
    clientIp: input.clientIp,
    sessionTokenHash: tokenHash(token),
  };
  await ctx.db.transaction(async (tx) => {
    if (user.failedAttempts > 0 || user.lockedUntil)
      await updateUser(tx, user.id, { failedAttempts: 0, lockedUntil: null });
    await insertSession(tx, {
      tokenHash: tokenHash(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      clientIp: input.clientIp,
      userAgent: input.userAgent.slice(0, 300),
    });
    await record(ctx, tx, { action: "auth.login", entityType: "user", entityId: user.id }, userActor);
  });
  return { token, csrfToken, user, mustChangePassword: ctx.security.production && user.mustChangePassword };
}

export interface ActiveSession {
  principal: Principal;
  user: UserWithOrganisation;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
}

/**
 * The live session behind a cookie token, or why there is none. Idle (30 min) and absolute (12 h)
 * limits end it; the last-seen time is written at most once a minute.
 */
export async function resolveSession(
  ctx: ServiceContext,
  token: string,
): Promise<{ session: ActiveSession } | { ended: "missing" | "idle_expired" | "expired" }> {
  const now = ctx.now();
  const hashed = tokenHash(token);
  const found = await findSessionWithUser(ctx.db, hashed);
  if (!found) return { ended: "missing" };
  const { session, user } = found;
  const state = sessionState(session, now);
  if (state !== "active") {
    await deleteSession(ctx.db, hashed);
    return { ended: state };
  }
  if (user.disabled) {
    await deleteSession(ctx.db, hashed);
    return { ended: "missing" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS)
    await touchSession(ctx.db, hashed, now);
  return {
    session: {
      principal: principalFrom(user),
      user,
      csrfToken: session.csrfToken,
      tokenHash: hashed,
      mustChangePassword: ctx.security.production && user.mustChangePassword,
    },
  };
}

export async function logout(ctx: ServiceContext): Promise<void> {
  if (ctx.actor.kind !== "user" || !ctx.actor.sessionTokenHash) return;
  const hashed = ctx.actor.sessionTokenHash;
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, hashed);
    await record(ctx, tx, {
      action: "auth.logout",
      entityType: "user",
      entityId: ctx.actor.kind === "user" ? ctx.actor.principal.userId : null,
    });
  });
}

/** Changes the caller's password after checking the current one; other sessions of the user end. */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (ctx.actor.kind !== "user") throw new AppError(401, "unauthenticated", "请先登录", "Sign in first");
  const { principal, sessionTokenHash } = ctx.actor;
  const user = await findUserById(ctx.db, principal.userId);
  if (!user || !(await passwordMatches(user.passwordHash, input.currentPassword))) {
    await recordAlone(ctx, {
      action: "auth.password_change_failed",
      entityType: "user",
      entityId: principal.userId,
      outcome: "failed",
    });
    throw new AppError(
      400,
      "wrong_password",
      "当前密码不正确",
      "The current password is wrong",
      "currentPassword",
    );
  }
  assertPasswordPolicy(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      400,
      "same_password",
      "新密码不能与当前密码相同",
      "The new password must differ from the current one",
      "newPassword",
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now() });
    await deleteUserSessions(tx, user.id, sessionTokenHash ?? undefined);
    await record(ctx, tx, { action: "auth.password_changed", entityType: "user", entityId: user.id });
  });
}
