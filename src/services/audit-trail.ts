import type { NewAuditEntry } from "../store/audit.js";
import { appendAudit, openAudit } from "../store/audit.js";
import type { Db } from "../store/db.js";
import { auditTrailOf } from "../store/project-writes.js";
import type { Actor, ServiceContext } from "./context.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  outcome?: "ok" | "denied" | "failed";
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

function actorFields(
  actor: Actor,
): Pick<NewAuditEntry, "actorUserId" | "actorUsername" | "actorOrganisationId" | "clientIp"> {
  switch (actor.kind) {
    case "user":
      return {
        actorUserId: actor.principal.userId,
        actorUsername: actor.principal.username,
        actorOrganisationId: actor.principal.organisationId,
        clientIp: actor.clientIp,
      };
    case "anonymous":
      return {
        actorUserId: null,
        actorUsername: "(anonymous)",
        actorOrganisationId: null,
        clientIp: actor.clientIp,
      };
    case "system":
      return {
        actorUserId: null,
        actorUsername: `system:${actor.name}`,
        actorOrganisationId: null,
        clientIp: "local",
      };
  }
}

function entryOf(event: AuditEvent, actor: Actor): NewAuditEntry {
  return {
    ...actorFields(actor),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    outcome: event.outcome ?? "ok",
    before: event.before,
    after: event.after,
    details: event.details,
  };
}

/** Records an event inside `tx` (the transaction of the change it describes), attributed to the caller. */
export async function record(
  ctx: ServiceContext,
  tx: Tx,
  event: AuditEvent,
  actor: Actor = ctx.actor,
): Promise<void> {
  await appendAudit(tx, [entryOf(event, actor)], ctx.now(), ctx.security.auditAlgorithm);
}

/** Records many events in `tx` at once (imports), chained in order under one lock. */
export async function recordMany(ctx: ServiceContext, tx: Tx, events: AuditEvent[]): Promise<void> {
  await appendAudit(
    tx,
    events.map((e) => entryOf(e, ctx.actor)),
    ctx.now(),
    ctx.security.auditAlgorithm,
  );
}

/**
 * Events chained batch after batch under one lock of the chain (imports): `record` returns the
 * statements storing a batch, to run in order; `finish` moves the head.
 */
export async function openAuditTrail(ctx: ServiceContext, tx: Tx) {
  const appender = await openAudit(tx, ctx.now(), ctx.security.auditAlgorithm);
  return {
    record: (events: AuditEvent[]) => appender.append(events.map((e) => entryOf(e, ctx.actor))),
    finish: () => appender.finish(),
  };
}

/** Records an event in a transaction of its own (sign-in failures, denials: nothing else is written). */
export async function recordAlone(
  ctx: ServiceContext,
  event: AuditEvent,
  actor: Actor = ctx.actor,
): Promise<void> {
  await ctx.db.transaction((tx) => record(ctx, tx, event, actor));
}

/** Records a read of something that exists outside the caller's scope (answered like a missing one). */
export async function recordOutOfScope(
  ctx: ServiceContext,
  entityType: string,
  entityId: number,
  details: Record<string, unknown> = {},
): Promise<void> {
  await recordAlone(ctx, {
    action: "access.denied",
    entityType,
    entityId,
    outcome: "denied",
    details: { reason: "out_of_scope", ...details },
  });
}

/**
 * The fields others changed on an entity since `version`, read from its audit trail, for the 409 of a
 * stale edit. `ignore` names bookkeeping fields that change with every edit.
 */
export async function fieldsChangedSince(
  ctx: ServiceContext,
  entityType: string,
  id: number,
  version: number,
  ignore: readonly string[] = ["version"],
): Promise<string[]> {
  const changed = new Set<string>();
  for (const entry of await auditTrailOf(ctx.db, entityType, String(id))) {
    const before = (entry.before ?? {}) as Record<string, unknown>;
    const after = (entry.after ?? {}) as Record<string, unknown>;
    if (typeof after.version !== "number" || after.version <= version) continue;
    for (const key of Object.keys(after)) {
      if (ignore.includes(key)) continue;
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.add(key);
    }
  }
  return [...changed].sort();
}
