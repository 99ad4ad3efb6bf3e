import { invalidField } from "../../domain/errors.js";
import { findUserByUsername } from "../../store/accounts.js";
import { principalFrom } from "../auth.js";
import type { Actor, ServiceContext } from "../context.js";

/** A signed-in user's identity for a command run on the server (`--as`), so it sees that user's scope. */
export async function actingAs(ctx: ServiceContext, username: string): Promise<Actor> {
  const user = await findUserByUsername(ctx.db, username.trim());
  if (!user || user.disabled)
    throw invalidField("as", `没有名为“${username}”的在用账户`, `no active account named "${username}"`);
  return { kind: "user", principal: principalFrom(user), clientIp: "local", sessionTokenHash: null };
}
