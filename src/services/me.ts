import { canWrite, hasPermission, PERMISSIONS, projectScopeOf, type Permission } from "../domain/access.js";
import type { Me } from "../domain/contracts/auth.js";
import { findUserById } from "../store/accounts.js";
import { unauthenticated } from "./access.js";
import type { ServiceContext } from "./context.js";
import { openField } from "./field-crypto.js";

/** Who the caller is, what it may do and which projects it sees. */
export async function describeMe(
  ctx: ServiceContext,
  session: { csrfToken: string; mustChangePassword: boolean },
): Promise<Me> {
  if (ctx.actor.kind !== "user") throw unauthenticated();
  const { principal } = ctx.actor;
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw unauthenticated();
  const scope = projectScopeOf(principal);
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      phone: openField(ctx.security.fieldKey, user.phone),
    },
    organisation: user.organisation,
    roles: principal.roles,
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => hasPermission(principal.roles, p)),
    scope:
      scope.kind === "all"
        ? { kind: "all", districtCodes: [], ownerIds: [], leadDepartmentIds: [], whitelist: false }
        : scope,
    readOnly: !canWrite(principal.roles),
    csrfToken: session.csrfToken,
    mustChangePassword: session.mustChangePassword,
  };
}
