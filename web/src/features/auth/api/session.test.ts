import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { endSession, fetchSession, SESSION_QUERY_KEY } from "./session.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchSession", () => {
  it("reads a 401 as nobody signed in", async () => {
    const body = { error: { code: "unauthenticated", message: "请先登录", messageEn: "Sign in first" } };
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 401 }))),
    );
    await expect(fetchSession()).resolves.toBeNull();
  });

  it("passes other failures on", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response("{}", { status: 503 }))),
    );
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
  });
});
