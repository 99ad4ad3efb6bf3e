import { buildServer } from "../../src/api/server.js";
import { defaultSecurity } from "../../src/services/context.js";
import { createDemoAccounts } from "../../src/services/demo-accounts.js";
import type { BenchDatabase, EngineHost } from "../lib/bench-db.js";
import { HttpClient, type Session } from "../lib/http-client.js";
import { startServer, type ServerProcess } from "../lib/server.js";
import { repeat, round, type Timing } from "../lib/stats.js";
import type { BenchPortfolio } from "../portfolio/generate.js";
import {
  benchContext,
  FUNDING_COLUMNS,
  fundingLines,
  loadOrganisations,
  PLAN_COLUMNS,
  planLines,
  PROJECT_COLUMNS,
  projectLines,
  syncIdentities,
  type LoadedReference,
} from "../portfolio/load.js";
import { registerCsv, registerXlsx } from "../portfolio/register-files.js";

export const IMPORT_FORMATS = ["csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ImportFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface ImportFormatResult {
  format: ImportFormat;
  /**
   * Whether the library's dispatch figures were built (as on a running server, which keeps them through
   * the current month): an import of more than 500 projects then drops the figures inside its transaction,
   * for the next dashboard to build again. Without them the import leaves the figures to the first dashboard.
   */
  figuresBuilt: boolean;
  fileMb: number;
  api: Timing;
  apiRowsPerSec: number;
  copy: Timing;
  copyRowsPerSec: number;
  /** Import rows/s over raw COPY rows/s (medians). */
  ratio: number;
}

/** The CSV import again, by a server whose heap is limited as a deployment would set it. */
export interface CappedImport {
  heapLimitMb: number;
  api: Timing;
  apiRowsPerSec: number;
  peakRssMb: number;
}

export interface ImportResult {
  formats: ImportFormatResult[];
  /** Peak resident memory of the server that took the imports (PostgreSQL; on PGlite it is the harness). */
  peakRssMb: number | null;
  /** PostgreSQL only: the same CSV import by a server started with `--max-old-space-size`. */
  capped: CappedImport | null;
}

/**
 * Node lets garbage pile up to several times the live heap before a full collection; a server given
 * a heap limit collects sooner. 192 MB holds a 100k-row import (the rows are streamed, not held).
 */
export const CAPPED_HEAP_MB = 192;

/** The API on the harness's own database handle, listening on 127.0.0.1 (for PGlite). */
async function inProcessServer(database: BenchDatabase): Promise<ServerProcess> {
  const app = await buildServer({
    base: { db: database.db, now: () => new Date(), security: defaultSecurity },
    engine: database.engine,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    pids: () => [process.pid],
    peakRssMb: () => [],
    stop: () => app.close(),
  };
}

export interface ImportOptions {
  host: EngineHost;
  portfolio: BenchPortfolio;
  reps: number;
  warmup: number;
  /** Also time the CSV import into a library whose dispatch figures are built (minutes per run at 100k). */
  withFigures: boolean;
  log: (line: string) => void;
}

interface Variant {
  format: ImportFormat;
  figuresBuilt: boolean;
}

const DATABASE = "bench_import";

/**
 * Empties the library between repetitions: projects with everything hanging off them, and the audit
 * log the import wrote (its append-only triggers are lifted for the reset only; this is a throwaway
 * database), so every repetition imports into the same state.
 */
async function reset(database: BenchDatabase, figuresBuilt = false): Promise<void> {
  await database.exec(`truncate projects restart identity cascade;
    alter table audit_log disable trigger user;
    truncate audit_log;
    alter table audit_log enable trigger user;
    update audit_head set seq = 0, hash = repeat('0', 64);
    truncate dispatch_facts, dispatch_rollups;`);
  // Built figures: the state a running server keeps (through this month). Not built: without the state
  // row nothing is ever marked built, so neither the server's start nor the import builds facts.
  await database.exec(
    figuresBuilt
      ? `insert into dispatch_state (id, through_month) values (1, to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM'))
         on conflict (id) do update set through_month = excluded.through_month`
      : "delete from dispatch_state",
  );
}

/** The same rows a format's import writes, straight into the same tables by COPY. */
async function copyRows(
  database: BenchDatabase,
  format: ImportFormat,
  portfolio: BenchPortfolio,
  ref: LoadedReference,
) {
  await database.copy("projects", PROJECT_COLUMNS, projectLines(portfolio.projects, ref));
  await database.copy("project_annual_plans", PLAN_COLUMNS, planLines(portfolio.projects));
  if (format === "xlsx")
    await database.copy("project_funding", FUNDING_COLUMNS, fundingLines(portfolio.projects));
  await syncIdentities(database);
}

async function post(
  client: HttpClient,
  session: Session,
  format: ImportFormat,
  body: Buffer,
  expected: number,
) {
  const res = await client.request("POST", "/api/v1/imports", {
    session,
    body,
    headers: { "content-type": CONTENT_TYPE[format], "x-file-name": `bench.${format}` },
  });
  const text = res.body.toString();
  if (res.status !== 200) throw new Error(`import ${format} → ${res.status}: ${text.slice(0, 600)}`);
  const created = (JSON.parse(text) as { created: number }).created;
  if (created !== expected) throw new Error(`import ${format} created ${created} of ${expected} projects`);
}

/**
 * (a) The register imported through `POST /api/v1/imports` (parsing, validation, audit, one
 * transaction) as .xlsx and as CSV, against COPY of the same rows into the same tables. PGlite lets
 * one process hold its data at a time, so there the server is started for each repetition and the
 * reset happens while it is down.
 */
export async function importCase(options: ImportOptions): Promise<ImportResult> {
  const { host, portfolio, reps, warmup, log } = options;
  const variants: Variant[] = [
    ...IMPORT_FORMATS.map((format) => ({ format, figuresBuilt: false })),
    ...(options.withFigures ? [{ format: "csv" as const, figuresBuilt: true }] : []),
  ];
  const rows = portfolio.projects.length;
  const files: Record<ImportFormat, Buffer> = {
    csv: await registerCsv(portfolio),
    xlsx: await registerXlsx(portfolio),
  };
  const database = await host.create(DATABASE);
  const ref = await loadOrganisations(database, portfolio);
  await createDemoAccounts(benchContext(database));

  const copies = new Map<ImportFormat, Timing>();
  for (const format of IMPORT_FORMATS) {
    copies.set(
      format,
      await repeat({ warmup, reps, before: () => reset(database) }, () =>
        copyRows(database, format, portfolio, ref),
      ),
    );
    log(`    COPY (${format} rows): median ${copies.get(format)?.medianMs} ms`);
  }
  await reset(database);

  // PGlite is held by one process at a time: there the import server runs inside the harness, on the
  // harness's own handle, so the library can be reset between repetitions without restarting it.
  const server =
    host.engine === "postgres"
      ? await startServer(host.serverEnv(DATABASE))
      : await inProcessServer(database);
  const client = new HttpClient(server.baseUrl);
  const session = await client.signIn("admin", "Cq@NewInfra2020");
  const before = (figuresBuilt: boolean) => () => reset(database, figuresBuilt);
  let peak: number | undefined;

  const formats: ImportFormatResult[] = [];
  try {
    for (const { format, figuresBuilt } of variants) {
      // With figures built every repetition rebuilds the library's facts for every month since 2020-01:
      // a few runs (5 at 1k, 2 above) without warm-up tell that cost.
      const runs = figuresBuilt ? Math.min(reps, rows > 1000 ? 2 : 5) : reps;
      const api = await repeat(
        { warmup: figuresBuilt ? 0 : warmup, reps: runs, before: before(figuresBuilt) },
        () => post(client, session, format, files[format], rows),
      );
      const copy = copies.get(format)!;
      const apiRowsPerSec = round(rows / (api.medianMs / 1000), 0);
      const copyRowsPerSec = round(rows / (copy.medianMs / 1000), 0);
      formats.push({
        format,
        figuresBuilt,
        fileMb: round(files[format].length / 1e6, 1),
        api,
        apiRowsPerSec,
        copy,
        copyRowsPerSec,
        ratio: round(apiRowsPerSec / copyRowsPerSec, 3),
      });
      log(
        `    import ${format}${figuresBuilt ? " (figures built)" : ""}: median ${api.medianMs} ms (${apiRowsPerSec} rows/s, ${round((100 * apiRowsPerSec) / copyRowsPerSec, 1)} % of COPY)`,
      );
    }
  } finally {
    client.close();
    peak = Math.max(0, ...server.peakRssMb());
    await server.stop();
  }
  try {
    const capped = host.engine === "postgres" ? await cappedImport(database, files.csv, options) : null;
    return { formats, peakRssMb: host.engine === "postgres" ? (peak ?? null) : null, capped };
  } finally {
    await database.close();
    await host.drop(DATABASE);
  }
}

/** The CSV import by a server with a limited heap: rows/s and peak memory (a few runs, no warm-up). */
async function cappedImport(
  database: BenchDatabase,
  csv: Buffer,
  options: ImportOptions,
): Promise<CappedImport> {
  const rows = options.portfolio.projects.length;
  const server = await startServer(options.host.serverEnv(DATABASE), 1, [
    `--max-old-space-size=${CAPPED_HEAP_MB}`,
  ]);
  const client = new HttpClient(server.baseUrl);
  try {
    const session = await client.signIn("admin", "Cq@NewInfra2020");
    const api = await repeat(
      { warmup: 0, reps: Math.min(options.reps, 2), before: () => reset(database) },
      () => post(client, session, "csv", csv, rows),
    );
    const result = {
      heapLimitMb: CAPPED_HEAP_MB,
      api,
      apiRowsPerSec: round(rows / (api.medianMs / 1000), 0),
      peakRssMb: Math.max(0, ...server.peakRssMb()),
    };
    options.log(
      `    import csv, heap limited to ${CAPPED_HEAP_MB} MB: median ${api.medianMs} ms, peak RSS ${result.peakRssMb} MB`,
    );
    return result;
  } finally {
    client.close();
    await server.stop();
  }
}
