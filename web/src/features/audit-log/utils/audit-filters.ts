import type { QueryValue } from "../../../lib/api-client.js";
import { shanghaiWallTimeToIso } from "../../../lib/shanghai-time.js";
import { AUDIT_OUTCOMES, type AuditOutcome } from "./audit-vocabulary.js";

/**
 * The audit filters as the URL keeps them. Times are Beijing wall-clock times "YYYY-MM-DD HH:mm:ss",
 * so what was picked is what shows, whatever zone the browser is in.
 */
export interface AuditFilters {
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcome;
}

const TEXT_KEYS = ["from", "to", "action", "actor", "entityType", "entityId"] as const;
const WALL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

/** Reads the filters from the URL, dropping unknown outcomes and malformed times. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === "from" || key === "to") && !WALL_TIME.test(value)) continue;
    filters[key] = value;
  }
  const outcome = params.get("outcome");
  const known = AUDIT_OUTCOMES.find((o) => o === outcome);
  if (known) filters.outcome = known;
  return filters;
}

/** The filters as URL parameters, set values only. */
export function serializeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    const text = typeof value === "string" ? value.trim() : "";
    if (text) params.set(key, text);
  }
  return params;
}

/** The API's query for the filters: times become instants with the +08:00 offset. */
export function auditApiFilters(filters: AuditFilters): Record<string, QueryValue> {
  return {
    from: filters.from ? shanghaiWallTimeToIso(filters.from) : undefined,
    to: filters.to ? shanghaiWallTimeToIso(filters.to) : undefined,
    action: filters.action,
    actor: filters.actor,
    entityType: filters.entityType,
    entityId: filters.entityId,
    outcome: filters.outcome,
  };
}
