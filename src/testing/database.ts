import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../store/db.js";
import { defaultSecurity, systemActor, type Actor, type ServiceContext } from "../services/context.js";

/** Which engine this test run uses: vitest runs the integration files once per engine. */
export const testEngine = (): "pglite" | "postgres" =>
  process.env.NEWINFRA_TEST_DB === "postgres" ? "postgres" : "pglite";

export interface TestDatabase extends Database {
  /** postgres:// URL of the fresh database, or null on PGlite. */
  url: string | null;
}

/**
 * A fresh, migrated, empty database: in-memory PGlite, or a newly created database on the
 * PostgreSQL server named by NEWINFRA_TEST_PG_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === "pglite") return { ...(await openDatabase({})), url: null };
  const serverUrl = process.env.NEWINFRA_TEST_PG_URL;
  if (!serverUrl) throw new Error("NEWINFRA_TEST_PG_URL is not set");
  const name = `newinfra_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A service context over a test database with a fixed clock, acting as the system unless told otherwise. */
export function testContext(
  database: Database,
  now = new Date("2022-12-31T10:00:00+08:00"),
  actor: Actor = systemActor("test"),
): ServiceContext {
  return { db: database.db, now: () => now, actor, security: defaultSecurity };
}
