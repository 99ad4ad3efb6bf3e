import type { QueryClient } from "@tanstack/react-query";
import { meSchema, type Me } from "../../../src/domain/contracts/auth.js";
import { ApiRequestError, fetchJson, isUnauthenticated } from "../lib/api-client.js";
import { setSessionNotice } from "./session-notice.js";

export const SESSION_QUERY_KEY = ["session"] as const;

/** The server's code for a session that ran out (idle or absolute limit), as opposed to none at all. */
const SESSION_EXPIRED = "session_expired";

/** The signed-in caller, or null when nobody is signed in (remembering why, when the session ran out). */
export async function fetchSession(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await fetchJson("/api/v1/me", meSchema, signal);
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
    if (error instanceof ApiRequestError && error.body?.code === SESSION_EXPIRED)
      setSessionNotice(error.body);
    return null;
  }
}

/** Drops every cached answer but the session itself, so one user never sees another's data. */
export function forgetCachedData(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
}

/**
 * Forgets the session and every cached answer; the session gate then shows the sign-in form, with the
 * server's reason when a request found the session gone (`cause`), and none after a sign-out.
 */
export function endSession(client: QueryClient, cause?: unknown): void {
  setSessionNotice(cause instanceof ApiRequestError ? cause.body : null);
  forgetCachedData(client);
  client.setQueryData<Me | null>(SESSION_QUERY_KEY, null);
}

/** True when the caller holds the permission (e.g. "audit.read") according to the session. */
export function hasSessionPermission(me: Me | null | undefined, permission: string): boolean {
  return Boolean(me?.permissions.includes(permission));
}
