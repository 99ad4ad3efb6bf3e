import type { ReactNode } from "react";
import type { Permission } from "../../../src/domain/access.js";
import { hasSessionPermission } from "../api/session.js";
import { useSession } from "../api/use-session.js";
import { ForbiddenState } from "../components/ForbiddenState.js";

/** Renders the page only for a caller holding the permission, a 403 state otherwise. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: me } = useSession();
  return hasSessionPermission(me, permission) ? children : <ForbiddenState />;
}
