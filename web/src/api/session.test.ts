import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "../lib/api-client.js";
import { endSession, fetchSession, hasSessionPermission, SESSION_QUERY_KEY } from "./session.js";
import { getSessionNotice, setSessionNotice } from "./session-notice.js";

afterEach(() => {
  vi.unstubAllGlobals();
  setSessionNotice(null);
});

const expired = {
  code: "session_expired",
  message: "会话已超时，请重新登录",
  messageEn: "Your session has expired; sign in again",
};

function respond(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

describe("fetchSession", () => {
  it("reads a 401 as nobody signed in, without a notice", async () => {
    respond(401, { error: { code: "unauthenticated", message: "请先登录", messageEn: "Sign in first" } });
    await expect(fetchSession()).resolves.toBeNull();
    expect(getSessionNotice()).toBeNull();
  });

  it("remembers that a session ran out", async () => {
    respond(401, { error: expired });
    await expect(fetchSession()).resolves.toBeNull();
    expect(getSessionNotice()?.message).toBe("会话已超时，请重新登录");
  });

  it("passes other failures on", async () => {
    respond(503, {});
    await expect(fetchSession()).rejects.toMatchObject({ status: 503 });
  });
});

describe("endSession", () => {
  it("drops every cached answer and marks nobody signed in", () => {
    const client = new QueryClient();
    client.setQueryData(["projects", "page", "?district=500112"], { items: [] });
    client.setQueryData(SESSION_QUERY_KEY, { user: { username: "yubei" } });
    endSession(client);
    expect(client.getQueryData(["projects", "page", "?district=500112"])).toBeUndefined();
    expect(client.getQueryData(SESSION_QUERY_KEY)).toBeNull();
    expect(getSessionNotice()).toBeNull();
  });

  it("keeps the server's reason when a request found the session gone", () => {
    endSession(new QueryClient(), new ApiRequestError("http", 401, expired));
    expect(getSessionNotice()?.messageEn).toBe("Your session has expired; sign in again");
  });
});

describe("hasSessionPermission", () => {
  it("needs a session that lists the permission", () => {
    expect(hasSessionPermission(null, "audit.read")).toBe(false);
    expect(hasSessionPermission({ permissions: ["audit.read"] } as never, "audit.read")).toBe(true);
    expect(hasSessionPermission({ permissions: ["projects.read"] } as never, "audit.read")).toBe(false);
  });
});
