import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  ApiRequestError,
  apiErrorCode,
  buildQuery,
  fetchJson,
  isClientError,
  isForbidden,
  patchJson,
  postJson,
  readCookie,
} from "./api-client.js";
import { describeError } from "./describe-error.js";

function respond(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("buildQuery", () => {
  it("keeps set values only, encoding Chinese text", () => {
    expect(buildQuery({ district: "500112", q: "数据", stage: undefined, cursor: null, region: "" })).toBe(
      "?district=500112&q=%E6%95%B0%E6%8D%AE",
    );
    expect(buildQuery({})).toBe("");
  });
});

describe("fetchJson", () => {
  const schema = z.object({ total: z.number() });

  it("returns the parsed body", async () => {
    respond(200, { total: 375 });
    await expect(fetchJson("/api/x", schema)).resolves.toEqual({ total: 375 });
  });

  it("carries the server's bilingual error and the field at fault", async () => {
    respond(400, {
      error: { code: "invalid_query", message: "参数无效", messageEn: "Invalid parameter", field: "stage" },
    });
    const error = await fetchJson("/api/x", schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(isClientError(error)).toBe(true);
    expect(describeError(error, "zh")).toEqual({ message: "参数无效", fieldNote: "问题参数：stage" });
    expect(describeError(error, "en")).toEqual({
      message: "Invalid parameter",
      fieldNote: "Parameter at fault: stage",
    });
  });

  it("reports a body that breaks the contract", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    respond(200, { total: "many" });
    const error = await fetchJson("/api/x", schema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "contract" });
    expect(describeError(error, "en").message).toBe("The server's response does not match the API contract.");
  });

  it("reports an unreachable server as a network failure", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("failed to fetch"))),
    );
    const error = await fetchJson("/api/x", schema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network", status: 0 });
    expect(isClientError(error)).toBe(false);
    expect(describeError(error, "zh").message).toBe("无法连接服务器，请检查网络后重试。");
  });

  it("describes an HTTP failure without a body by its status", () => {
    expect(describeError(new ApiRequestError("http", 502, null), "en").message).toBe(
      "The request failed (HTTP 502).",
    );
  });
});

describe("state-changing requests", () => {
  it("send the CSRF token from the readable cookie when none is given", async () => {
    const fetchMock = vi.fn((_path: string, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ ok: true }), { status: 200 })),
    );
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("document", { cookie: "other=1; newinfra_csrf=tok%2Den; x=2" });
    await patchJson("/api/x", { version: 2 }, z.object({ ok: z.boolean() }));
    const init = fetchMock.mock.calls[0]![1];
    expect(init.method).toBe("PATCH");
    expect(init.headers).toMatchObject({ "x-csrf-token": "tok-en", "content-type": "application/json" });
  });

  it("prefer an explicitly given token", async () => {
    const fetchMock = vi.fn((_path: string, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ ok: true }), { status: 200 })),
    );
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("document", { cookie: "newinfra_csrf=from-cookie" });
    await postJson("/api/x", {}, z.object({ ok: z.boolean() }), "given");
    expect(fetchMock.mock.calls[0]![1].headers).toMatchObject({ "x-csrf-token": "given" });
  });
});

describe("readCookie", () => {
  it("finds a cookie among others and misses an absent one", () => {
    expect(readCookie("a=1; newinfra_csrf=abc", "newinfra_csrf")).toBe("abc");
    expect(readCookie("a=1", "newinfra_csrf")).toBeNull();
    expect(readCookie("", "a")).toBeNull();
  });
});

describe("error helpers", () => {
  it("read the status and the stable code", () => {
    const conflict = new ApiRequestError("http", 409, {
      code: "version_conflict",
      message: "已被修改",
      messageEn: "Changed",
    });
    expect(apiErrorCode(conflict)).toBe("version_conflict");
    expect(isForbidden(conflict)).toBe(false);
    expect(isForbidden(new ApiRequestError("http", 403, null))).toBe(true);
    expect(apiErrorCode(new Error("x"))).toBeNull();
  });
});
