import { ROLES, type Role } from "../domain/access.js";
import { AppError, invalidField, notFound } from "../domain/errors.js";
import {
  deleteUserSessions,
  findOrganisation,
  findOrganisationByName,
  findUserByUsername,
  insertUser,
  updateUser,
  usernameTaken,
} from "../store/accounts.js";
import { requirePermission } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { sealField } from "./field-crypto.js";
import { assertPasswordPolicy, generatePassword, hashPassword } from "./passwords.js";

const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

export interface NewAccount {
  username: string;
  displayName: string;
  /** The organisation's exact name or its id. */
  organisation: string | number;
  roles: Role[];
  /** Omitted: a random one is generated and returned once. */
  password?: string | undefined;
  mustChangePassword?: boolean;
  /** Contact phone, sealed with SM4 when a field key is configured. */
  phone?: string | undefined;
}

const publicUser = (u: {
  id: number;
  username: string;
  displayName: string;
  organisationId: number;
  roles: string[];
}) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  organisationId: u.organisationId,
  roles: u.roles,
});

/** Creates an account; returns the password when one was generated. */
export async function addUser(
  ctx: ServiceContext,
  input: NewAccount,
): Promise<{ userId: number; password: string }> {
  await requirePermission(ctx, "users.manage", "user");
  if (!USERNAME.test(input.username)) {
    throw invalidField("username", "用户名须为3–32位字母、数字或 _ . -", "3–32 letters, digits or _ . -");
  }
  if (input.roles.length === 0 || input.roles.some((r) => !ROLES.includes(r))) {
    throw invalidField("roles", `角色须为：${ROLES.join("、")}`, `roles must be among: ${ROLES.join(", ")}`);
  }
  const organisation =
    typeof input.organisation === "number"
      ? await findOrganisation(ctx.db, input.organisation)
      : await findOrganisationByName(ctx.db, input.organisation);
  if (!organisation)
    throw invalidField(
      "organisation",
      `单位不存在：${input.organisation}`,
      `no such organisation: ${input.organisation}`,
    );
  if (input.roles.includes("district") && !organisation.districtCode) {
    throw invalidField(
      "organisation",
      "区县账户须属于有区县代码的单位",
      "a district account must belong to an organisation with a district code",
    );
  }
  if (input.phone !== undefined && !/^\+?[0-9 -]{5,20}$/.test(input.phone)) {
    throw invalidField("phone", "联系电话格式不正确", "not a phone number");
  }
  if (await usernameTaken(ctx.db, input.username)) {
    throw new AppError(
      409,
      "username_taken",
      `用户名已存在：${input.username}`,
      `Username already taken: ${input.username}`,
      "username",
    );
  }
  const password = input.password ?? generatePassword();
  assertPasswordPolicy(password, input.username);
  const passwordHash = await hashPassword(password);
  const userId = await ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      organisationId: organisation.id,
      roles: input.roles,
      passwordHash,
      mustChangePassword: input.mustChangePassword ?? true,
      phone: sealField(ctx.security.fieldKey, input.phone ?? null),
    });
    await record(ctx, tx, {
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: publicUser(user),
    });
    return user.id;
  });
  return { userId, password };
}

async function existing(ctx: ServiceContext, username: string) {
  await requirePermission(ctx, "users.manage", "user");
  const user = await findUserByUsername(ctx.db, username);
  if (!user) throw notFound("用户", "User", username);
  return user;
}

/** Sets a new random password that must be changed at next sign-in, unlocks, and ends the user's sessions. */
export async function resetPassword(ctx: ServiceContext, username: string): Promise<string> {
  const user = await existing(ctx, username);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash,
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      passwordChangedAt: ctx.now(),
    });
    await deleteUserSessions(tx, user.id);
    await record(ctx, tx, { action: "user.password_reset", entityType: "user", entityId: user.id });
  });
  return password;
}

/** Disables (locked) or re-enables (unlocked, failure count cleared) an account. */
export async function setLocked(ctx: ServiceContext, username: string, lock: boolean): Promise<void> {
  const user = await existing(ctx, username);
  await ctx.db.transaction(async (tx) => {
    await updateUser(
      tx,
      user.id,
      lock ? { disabled: true } : { disabled: false, failedAttempts: 0, lockedUntil: null },
    );
    if (lock) await deleteUserSessions(tx, user.id);
    await record(ctx, tx, {
      action: lock ? "user.locked" : "user.unlocked",
      entityType: "user",
      entityId: user.id,
      before: { disabled: user.disabled, lockedUntil: user.lockedUntil },
      after: { disabled: lock, lockedUntil: null },
    });
  });
}
