import type { Me } from "../../../src/domain/contracts/auth.js";

/** True when the caller may register and edit projects at all (the city and owners, not read-only accounts). */
export function canEditProjects(me: Me | null | undefined): boolean {
  return Boolean(me && !me.readOnly && me.permissions.includes("projects.edit"));
}

/**
 * True when the caller may edit this project: the city edits every project, an owner only its own
 * organisation's. The server refuses anything else anyway; this only hides the buttons.
 */
export function canEditProject(me: Me | null | undefined, ownerId: number): boolean {
  if (!me || !canEditProjects(me)) return false;
  return me.scope.kind === "all" || me.scope.ownerIds.includes(ownerId);
}

/** True when the caller runs the annual rollover (the city DRC). */
export function canManageRollover(me: Me | null | undefined): boolean {
  return Boolean(me && !me.readOnly && me.permissions.includes("rollover.manage"));
}
