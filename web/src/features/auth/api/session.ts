import type { QueryClient } from "@tanstack/react-query";
import { meSchema, type Me } from "../../../../../src/domain/contracts/auth.js";
import { fetchJson, isUnauthenticated } from "../../../lib/api-client.js";

export const SESSION_QUERY_KEY = ["session"] as const;

/** The signed-in caller, or null when nobody is signed in. */
export async function fetchSession(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await fetchJson("/api/v1/me", meSchema, signal);
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

/**
 * Forgets the session and every cached answer, so the next user never sees the previous one's data;
 * the session gate then shows the sign-in form.
 */
export function endSession(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  client.setQueryData<Me | null>(SESSION_QUERY_KEY, null);
}
