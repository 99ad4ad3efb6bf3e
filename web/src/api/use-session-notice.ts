import { useSyncExternalStore } from "react";
import { getSessionNotice, subscribeSessionNotice, type SessionNotice } from "./session-notice.js";

/** Why the previous session ended (e.g. it timed out), or null. */
export function useSessionNotice(): SessionNotice | null {
  return useSyncExternalStore(subscribeSessionNotice, getSessionNotice, getSessionNotice);
}
