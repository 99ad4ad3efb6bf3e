import type { ApiError } from "../../../src/domain/contracts/common.js";

/** Why the last session ended, in the server's two languages; shown above the sign-in form. */
export type SessionNotice = ApiError["error"];

let current: SessionNotice | null = null;
const listeners = new Set<() => void>();

/** Remembers (or, with null, forgets) why the session ended and tells the subscribed components. */
export function setSessionNotice(notice: SessionNotice | null): void {
  if (notice === current) return;
  current = notice;
  for (const listener of listeners) listener();
}

/** The remembered reason, or null. */
export function getSessionNotice(): SessionNotice | null {
  return current;
}

/** Subscribes to changes of the reason; returns the unsubscribe function. */
export function subscribeSessionNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
