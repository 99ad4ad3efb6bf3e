import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll, vi } from "vitest";
import { main } from "../cli/main.js";
import { openDatabase } from "../store/db.js";
import { openTestDatabase, testEngine, type TestDatabase } from "./database.js";

export interface CliHarness {
  run(...argv: string[]): Promise<{ code: number; out: string; err: string }>;
  /** Runs SQL against the database the CLI uses. */
  sql(statement: SQL | string): Promise<void>;
}

/**
 * Points the CLI at a fresh database of this run's engine through the environment, as a user would
 * (DATABASE_URL for PostgreSQL, NEWINFRA_DATA for PGlite), for the tests of one file.
 */
export function useCliDatabase(): CliHarness {
  let pgDatabase: TestDatabase | null = null;
  let dataDir = "";
  const saved = { DATABASE_URL: process.env.DATABASE_URL, NEWINFRA_DATA: process.env.NEWINFRA_DATA };

  beforeAll(async () => {
    if (testEngine() === "postgres") {
      pgDatabase = await openTestDatabase();
      process.env.DATABASE_URL = pgDatabase.url ?? "";
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "newinfra-cli-"));
      process.env.NEWINFRA_DATA = dataDir;
      delete process.env.DATABASE_URL;
    }
  });
  afterAll(async () => {
    await pgDatabase?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  return {
    async run(...argv) {
      const out: string[] = [];
      const err: string[] = [];
      const log = vi
        .spyOn(console, "log")
        .mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
      const error = vi
        .spyOn(console, "error")
        .mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
      try {
        const code = await main(argv);
        return { code, out: out.join("\n"), err: err.join("\n") };
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
    },
    async sql(statement) {
      if (pgDatabase) {
        await pgDatabase.db.execute(statement);
        return;
      }
      const database = await openDatabase({ dataDir: join(dataDir, "pglite") });
      try {
        await database.db.execute(statement);
      } finally {
        await database.close();
      }
    },
  };
}
