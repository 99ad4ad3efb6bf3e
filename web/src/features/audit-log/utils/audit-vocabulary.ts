import type { MessageKey } from "../../../lib/i18n/index.js";

/** The actions the platform records, in the order the action filter offers them. */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.logout",
  "auth.locked",
  "auth.password_changed",
  "auth.password_change_failed",
  "access.denied",
  "audit.exported",
  "library.demo_loaded",
  "organisation.created",
  "user.created",
  "user.password_reset",
  "user.locked",
  "user.unlocked",
  "project.created",
  "project.updated",
  "project.deleted",
  "project.transitioned",
  "project.imported",
  "projects.exported",
  "publication.created",
  "publication.updated",
  "publication.published",
  "publication.unpublished",
  "rollover.accepted",
  "rollover.rejected",
  "report.submitted",
  "report.accepted",
  "report.returned",
  "dispatch.settings_changed",
  "problem.raised",
  "problem.commented",
  "problem.escalated",
  "problem.auto_escalated",
  "problem.started",
  "problem.resolved",
  "problem.reopened",
  "indicator.recorded",
  "indicator.corrected",
  "bulletin.generated",
] as const;

/** The kinds of record an entry can be about. */
export const AUDIT_ENTITY_TYPES = [
  "user",
  "organisation",
  "project",
  "publication",
  "plan",
  "audit_log",
  "report",
  "problem",
  "indicator",
  "bulletin",
  "dispatch_settings",
] as const;

export const AUDIT_OUTCOMES = ["ok", "denied", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The dictionary key naming an action ("auth.login" → 登录), or null for one this console does not know. */
export function auditActionKey(action: string): MessageKey | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action)
    ? (`auditAction.${action}` as MessageKey)
    : null;
}

/** The dictionary key naming an entity type, or null for an unknown one. */
export function auditEntityKey(entityType: string): MessageKey | null {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(entityType)
    ? (`auditEntity.${entityType}` as MessageKey)
    : null;
}

/** The dictionary key of an outcome, or null for an unknown one. */
export function auditOutcomeKey(outcome: string): MessageKey | null {
  return (AUDIT_OUTCOMES as readonly string[]).includes(outcome)
    ? (`audit.outcome.${outcome}` as MessageKey)
    : null;
}

export type ActorKind = "user" | "anonymous" | "system";

/** Who acted: a user, nobody signed in ("(anonymous)"), or the platform itself ("system:cli"). */
export function actorKind(entry: { actorUserId: number | null; actorUsername: string }): ActorKind {
  if (entry.actorUserId !== null) return "user";
  return entry.actorUsername.startsWith("system") ? "system" : "anonymous";
}
