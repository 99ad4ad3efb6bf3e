/** Session and sign-in limits for a 等保三级 system. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export type SessionState = "active" | "idle_expired" | "expired";

export function sessionState(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle_expired";
  return "active";
}

export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime();
}

/** After a failed attempt: the new count, and the lock end once the threshold is reached. */
export function afterFailedAttempt(
  failedAttempts: number,
  now: Date,
): { failedAttempts: number; lockedUntil: Date | null } {
  const count = failedAttempts + 1;
  return count >= LOCKOUT_THRESHOLD
    ? { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
    : { failedAttempts: count, lockedUntil: null };
}
