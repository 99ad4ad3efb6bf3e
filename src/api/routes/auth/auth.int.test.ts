import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../../domain/contracts/common.js";
import type { Me } from "../../../domain/contracts/auth.js";
import { countAuditRows } from "../../../store/audit.js";
import { cookiesOf, seededApp, type TestApp } from "../../../testing/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await seededApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.anonymous({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
const minutes = (n: number) => n * 60_000;
const advance = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

describe("signing in", () => {
  it("sets an httpOnly, SameSite=Strict session cookie and a readable CSRF cookie", async () => {
    const res = await login("yubei", "Cq@NewInfra2020");
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === "newinfra_session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(session?.secure).toBeFalsy();
    expect(res.cookies.find((c) => c.name === "newinfra_csrf")?.httpOnly).toBeFalsy();
    const me = res.json<Me>();
    expect(me).toMatchObject({
      roles: ["district"],
      scope: { kind: "some", districtCodes: ["500112"] },
      readOnly: false,
    });
    expect(me.organisation.name).toBe("重庆市渝北区人民政府");
  });

  it("gives the same answer for an unknown user and a wrong password, and records both", async () => {
    const before = await countAuditRows(t.database.db);
    const unknown = await login("nobody", "Whatever1!");
    const wrong = await login("wanzhou", "Wrong-pass1");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json<ApiError>().error).toEqual(wrong.json<ApiError>().error);
    expect(wrong.json<ApiError>().error).toMatchObject({
      code: "invalid_credentials",
      message: "用户名或密码错误",
    });
    expect(await countAuditRows(t.database.db)).toBe(before + 2);
  });

  it("refuses a body with missing or extra fields, naming them", async () => {
    const res = await t.anonymous({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: "admin", pwd: "x" },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<ApiError>().error.details?.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["password"]));
  });
});

describe("lockout", () => {
  it("locks after five consecutive failures for 15 minutes, even for the right password", async () => {
    for (let i = 0; i < 4; i++) expect((await login("owner2", "Wrong-pass1")).statusCode).toBe(401);
    const fifth = await login("owner2", "Wrong-pass1");
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json<ApiError>().error.message).toMatch(/账户已锁定至 \d\d:\d\d（北京时间）/);
    expect((await login("owner2", "Cq@NewInfra2020")).statusCode).toBe(423);
    advance(minutes(15));
    expect((await login("owner2", "Cq@NewInfra2020")).statusCode).toBe(200);
  });

  it("counts only consecutive failures: a success resets the count", async () => {
    for (let i = 0; i < 4; i++) await login("owner1", "Wrong-pass1");
    expect((await login("owner1", "Cq@NewInfra2020")).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login("owner1", "Wrong-pass1")).statusCode).toBe(401);
  });
});

describe("sessions", () => {
  it("end after 30 idle minutes with a clear message", async () => {
    const client = await t.as("wanzhou");
    advance(minutes(29));
    expect((await client({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    advance(minutes(30));
    const res = await client({ method: "GET", url: "/api/v1/me" });
    expect(res.statusCode).toBe(401);
    expect(res.json<ApiError>().error).toMatchObject({
      code: "session_expired",
      message: "会话已超时，请重新登录",
    });
  });

  it("end 12 hours after sign-in however active", async () => {
    const client = await t.as("dept");
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      advance(minutes(20));
      expect(
        (await client({ method: "GET", url: "/api/v1/me" })).statusCode,
        `after ${elapsed + 20} min`,
      ).toBe(200);
    }
    advance(minutes(20));
    expect((await client({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
  });

  it("end at logout", async () => {
    const client = await t.as("bank");
    expect((await client({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(200);
    expect((await client({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a state-changing request of a session without its token", async () => {
    const res = await login("admin", "Cq@NewInfra2020");
    const cookie = `newinfra_session=${cookiesOf(res).newinfra_session}`;
    const payload = { kind: "case", title: "t", body: "b" };
    const missing = await t.anonymous({
      method: "POST",
      url: "/api/v1/publications",
      headers: { cookie },
      payload,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json<ApiError>().error.code).toBe("csrf_failed");
    const wrong = await t.anonymous({
      method: "POST",
      url: "/api/v1/publications",
      headers: { cookie, "x-csrf-token": "forged" },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
  });
});

describe("password change", () => {
  it("checks the current password and the policy, then ends the user's other sessions", async () => {
    const first = await t.as("auditor");
    const second = await t.as("auditor");
    const weak = await first({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: "Cq@NewInfra2020", newPassword: "auditor123" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<ApiError>().error.messageEn).toContain("must not contain the username");
    const wrong = await first({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: "nope", newPassword: "N3w-Passw0rd" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ApiError>().error.field).toBe("currentPassword");
    const ok = await first({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: "Cq@NewInfra2020", newPassword: "N3w-Passw0rd" },
    });
    expect(ok.statusCode).toBe(200);
    expect((await first({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await second({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    expect((await login("auditor", "N3w-Passw0rd")).statusCode).toBe(200);
  });
});

describe("security headers", () => {
  it("sends a CSP and the usual protections", async () => {
    const res = await t.anonymous({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
  });
});

describe("in production mode", () => {
  it("forces the seeded password to be changed before anything else", async () => {
    const prod = await seededApp({ security: { production: true } });
    try {
      const client = await prod.as("admin");
      const me = await client({ method: "GET", url: "/api/v1/me" });
      expect(me.json<Me>().mustChangePassword).toBe(true);
      const blocked = await client({ method: "GET", url: "/api/v1/projects" });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json<ApiError>().error.code).toBe("password_change_required");
      const changed = await client({
        method: "POST",
        url: "/api/v1/auth/password",
        payload: { currentPassword: "Cq@NewInfra2020", newPassword: "Chongqing#2026" },
      });
      expect(changed.statusCode).toBe(200);
      expect((await client({ method: "GET", url: "/api/v1/projects" })).statusCode).toBe(200);
    } finally {
      await prod.close();
    }
  });
});

describe("login rate limit", () => {
  it("answers 429 in both languages past the limit per client address", async () => {
    const limited = await seededApp({ loginRateLimit: 3 });
    try {
      for (let i = 0; i < 3; i++)
        await limited.anonymous({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { username: "x", password: "y" },
        });
      const res = await limited.anonymous({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "x", password: "y" },
      });
      expect(res.statusCode).toBe(429);
      expect(res.json<ApiError>().error).toMatchObject({ code: "rate_limited" });
      expect(res.json<ApiError>().error.message).toMatch(/请求过于频繁/);
    } finally {
      await limited.close();
    }
  });
});
