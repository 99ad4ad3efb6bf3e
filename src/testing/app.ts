import type { FastifyInstance } from "fastify";
import { buildServer } from "../api/server.js";
import { seedDemo } from "../services/seed.js";
import { openTestDatabase, testContext, type TestDatabase } from "./database.js";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real HTTP server over a fresh database holding the demo portfolio (seed 1). */
export async function seededApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const ctx = testContext(database);
  await seedDemo(ctx, { seed: 1, replace: false });
  const app = await buildServer({ ctx, engine: database.engine });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
