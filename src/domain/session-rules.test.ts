import { describe, expect, it } from "vitest";
import { afterFailedAttempt, isLocked, LOCKOUT_MS, SESSION_IDLE_MS, sessionState } from "./session-rules.js";

const t0 = new Date("2022-06-01T09:00:00+08:00");
const plus = (ms: number) => new Date(t0.getTime() + ms);

describe("session limits", () => {
  it("ends after 30 idle minutes and at the absolute end", () => {
    const session = { lastSeenAt: t0, expiresAt: plus(12 * 3600_000) };
    expect(sessionState(session, plus(SESSION_IDLE_MS - 1))).toBe("active");
    expect(sessionState(session, plus(SESSION_IDLE_MS))).toBe("idle_expired");
    expect(
      sessionState(
        { lastSeenAt: plus(12 * 3600_000 - 1000), expiresAt: plus(12 * 3600_000) },
        plus(12 * 3600_000),
      ),
    ).toBe("expired");
  });
});

describe("lockout", () => {
  it("locks for 15 minutes on the fifth consecutive failure", () => {
    let state = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      state = afterFailedAttempt(state.failedAttempts, t0);
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null });
    }
    state = afterFailedAttempt(state.failedAttempts, t0);
    expect(state.lockedUntil).toEqual(plus(LOCKOUT_MS));
    expect(isLocked(state, plus(LOCKOUT_MS - 1))).toBe(true);
    expect(isLocked(state, plus(LOCKOUT_MS))).toBe(false);
  });
});
