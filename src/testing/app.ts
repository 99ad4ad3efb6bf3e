import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildServer } from "../api/server.js";
import { DEMO_PASSWORD } from "../services/demo-accounts.js";
import { seedDemo } from "../services/seed.js";
import type { Security } from "../services/context.js";
import { openTestDatabase, testContext, type TestDatabase } from "./database.js";

export type Client = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Signs a demo account in and returns a client sending its cookie and CSRF token. */
  as(username: string, password?: string): Promise<Client>;
  anonymous: Client;
  /** The clock requests see; tests move it. */
  clock: { now: Date };
  close(): Promise<void>;
}

/** Cookie header value from a response's set-cookie headers. */
export function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
}

/** The real HTTP server over a fresh database holding the demo portfolio (seed 1) and demo accounts. */
export async function seededApp(
  options: { security?: Partial<Security>; loginRateLimit?: number } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = { now: new Date("2022-12-31T10:00:00+08:00") };
  const ctx = testContext(database);
  await seedDemo(ctx, { seed: 1, replace: false });
  const base = { db: ctx.db, now: () => clock.now, security: { ...ctx.security, ...options.security } };
  const app = await buildServer({
    base,
    engine: database.engine,
    loginRateLimit: { max: options.loginRateLimit ?? 10_000, timeWindowMs: 60_000 },
  });
  const anonymous: Client = (o) => app.inject(o);
  return {
    app,
    database,
    clock,
    anonymous,
    async as(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookies = cookiesOf(res);
      const cookie = Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join("; ");
      const csrf = cookies.newinfra_csrf ?? "";
      return (o) => app.inject({ ...o, headers: { cookie, "x-csrf-token": csrf, ...(o.headers ?? {}) } });
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
