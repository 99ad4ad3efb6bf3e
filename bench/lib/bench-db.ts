import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openDatabase, type Database, type Db } from "../../src/store/db.js";
import type { PgCluster } from "./pg-cluster.js";

export type EngineName = "postgres" | "pglite";

/** A value as COPY's CSV format reads it: unquoted empty is NULL, text always quoted. */
export type CopyValue = string | number | bigint | boolean | Date | null;

function csvValue(value: CopyValue): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export const csvRow = (values: readonly CopyValue[]) => `${values.map(csvValue).join(",")}\n`;

/** One benchmark database: the application's handle, raw SQL on one connection, and COPY. */
export interface BenchDatabase {
  engine: EngineName;
  name: string;
  db: Db;
  /** What a server process needs in its environment to open this database. */
  serverEnv: Record<string, string>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  /** Copies CSV lines (from `csvRow`) into a table. */
  copy(table: string, columns: readonly string[], lines: Iterable<string>): Promise<void>;
  close(): Promise<void>;
}

/** Where databases of an engine are made: a PostgreSQL cluster or a folder of PGlite data folders. */
export interface EngineHost {
  engine: EngineName;
  version: string;
  /** Creates (replacing) a database and brings its schema up to date. */
  create(name: string): Promise<BenchDatabase>;
  /** Opens an existing database again (the server must not be holding a PGlite one). */
  open(name: string): Promise<BenchDatabase>;
  drop(name: string): Promise<void>;
  /** What a server process needs in its environment to open the database `name`. */
  serverEnv(name: string): Record<string, string>;
  stop(): void;
}

const COPY_BATCH_BYTES = 8 * 1024 * 1024;

/** Groups lines into text batches of about COPY_BATCH_BYTES. */
function* batches(lines: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line);
    size += line.length;
    if (size >= COPY_BATCH_BYTES) {
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join("");
}

const clientOf = (database: Database) => (database.db as unknown as { $client: unknown }).$client;

async function wrapPostgres(name: string, url: string): Promise<BenchDatabase> {
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  const pool = clientOf(database) as pg.Pool;
  const raw = await pool.connect();
  await raw.query("set timezone = 'Asia/Shanghai'");
  return {
    engine: "postgres",
    name,
    db: database.db,
    serverEnv: { DATABASE_URL: url },
    async query<T>(text: string, params: unknown[] = []) {
      return (await raw.query(text, params)).rows as T[];
    },
    async exec(text) {
      await raw.query(text);
    },
    async copy(table, columns, lines) {
      const stream = raw.query(
        copyFrom(`copy ${table} (${columns.join(", ")}) from stdin with (format csv)`),
      );
      const done = new Promise<void>((resolve, reject) => {
        stream.on("finish", resolve);
        stream.on("error", reject);
      });
      for (const text of batches(lines)) {
        if (!stream.write(text)) await new Promise((resolve) => stream.once("drain", resolve));
      }
      stream.end();
      await done;
    },
    async close() {
      raw.release();
      await database.close();
    },
  };
}

async function wrapPglite(name: string, dataRoot: string): Promise<BenchDatabase> {
  const database = await openDatabase({ dataDir: join(dataRoot, "pglite") });
  const client = clientOf(database) as PGlite;
  return {
    engine: "pglite",
    name,
    db: database.db,
    serverEnv: { NEWINFRA_DATA: dataRoot },
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    async exec(text) {
      await client.exec(text);
    },
    async copy(table, columns, lines) {
      const sql = `copy ${table} (${columns.join(", ")}) from '/dev/blob' with (format csv)`;
      for (const text of batches(lines)) await client.query(sql, [], { blob: new Blob([text]) });
    },
    close: () => database.close(),
  };
}

/** Databases on the throwaway PostgreSQL cluster, one per name. */
export function postgresHost(cluster: PgCluster): EngineHost {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    engine: "postgres",
    version: cluster.version,
    async create(name) {
      await admin(`drop database if exists ${name} with (force)`);
      await admin(`create database ${name}`);
      return wrapPostgres(name, cluster.urlOf(name));
    },
    open: (name) => wrapPostgres(name, cluster.urlOf(name)),
    drop: (name) => admin(`drop database if exists ${name} with (force)`),
    serverEnv: (name) => ({ DATABASE_URL: cluster.urlOf(name) }),
    stop: () => cluster.stop(),
  };
}

/** PGlite data folders under `root`, one per name (the server opens `<folder>/pglite`). */
export function pgliteHost(root: string, version: string): EngineHost {
  mkdirSync(root, { recursive: true });
  return {
    engine: "pglite",
    version,
    async create(name) {
      rmSync(join(root, name), { recursive: true, force: true });
      return wrapPglite(name, join(root, name));
    },
    open: (name) => wrapPglite(name, join(root, name)),
    drop(name) {
      rmSync(join(root, name), { recursive: true, force: true });
      return Promise.resolve();
    },
    serverEnv: (name) => ({ NEWINFRA_DATA: join(root, name) }),
    stop: () => rmSync(root, { recursive: true, force: true }),
  };
}
