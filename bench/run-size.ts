import {
  DASHBOARD_GROUPS,
  DASHBOARD_MONTH,
  dashboardPath,
  handWrittenSql,
  rollupSql,
  sameFigures,
  type DashboardGroup,
  type DashboardResult,
} from "./cases/dashboard.js";
import { importCase, type ImportResult } from "./cases/import.js";
import { incentiveCase, type IncentiveResult } from "./cases/incentive-approvals.js";
import {
  LIST_PATH,
  LIST_SQL,
  LIST_USER,
  measureThroughput,
  samePage,
  type ListResult,
  type Throughput,
} from "./cases/project-list.js";
import type { BenchDatabase, EngineHost } from "./lib/bench-db.js";
import { HttpClient } from "./lib/http-client.js";
import { startServer } from "./lib/server.js";
import { elapsedMs, repeat, round, summarise, timeOnce, WARMUP_BUDGET_MS, type Timing } from "./lib/stats.js";
import { benchPortfolio } from "./portfolio/generate.js";
import { buildDispatch } from "./portfolio/dispatch.js";
import { loadLibrary } from "./portfolio/load.js";

export interface SizeOptions {
  host: EngineHost;
  size: number;
  reps: number;
  importReps: number;
  /** Also time imports into a library with dispatch figures built (slow: the full run only). */
  importWithFigures: boolean;
  warmup: number;
  throughputSeconds: number;
  /** Whether to run (d); a quick run does it at its largest size only. */
  approvals: boolean;
  skipImport: boolean;
  log: (line: string) => void;
}

export interface SizeResult {
  size: number;
  setup: { generateMs: number; loadMs: number; dispatchBuildMs: number; reports: number; facts: number };
  import: ImportResult | null;
  dashboard: DashboardResult[];
  list: ListResult;
  scaleOut: { oneProcess: Throughput; twoProcesses: Throughput } | null;
  incentives: IncentiveResult;
  /** Peak resident memory of the server that answered the dashboard and list cases. */
  serverPeakRssMb: number;
}

const PASSWORD = "Cq@NewInfra2020";
const LIBRARY = "bench_library";

/** Times `a` and `b` alternately, so drift on a shared machine falls on both alike. */
async function paired(
  warmup: number,
  reps: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[Timing, Timing]> {
  const warmupStarted = process.hrtime.bigint();
  for (let i = 0; i < warmup && elapsedMs(warmupStarted) < WARMUP_BUDGET_MS; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < reps; i++) {
    for (const [work, into] of [
      [a, as],
      [b, bs],
    ] as const) {
      const started = process.hrtime.bigint();
      await work();
      into.push(elapsedMs(started));
    }
  }
  return [summarise(as), summarise(bs)];
}

const sqlOf = (database: BenchDatabase, q: { text: string; params: unknown[] }) => () =>
  database.query(q.text, q.params);

/** Everything measured at one portfolio size on one engine. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { host, size, reps, warmup, log } = options;
  const pglite = host.engine === "pglite";
  const generated = await timeOnce(() => Promise.resolve(benchPortfolio(size)));
  const portfolio = generated.value;
  log(`  portfolio of ${size} generated in ${generated.ms} ms`);

  let imported: ImportResult | null = null;
  if (!options.skipImport) {
    log(`  (a) import, ${options.importReps} repetitions per format`);
    imported = await importCase({
      host,
      portfolio,
      reps: options.importReps,
      warmup: size >= 100_000 ? 0 : 1,
      withFigures: options.importWithFigures && size <= 10_000,
      log,
    });
  }

  let database: BenchDatabase | null = await host.create(LIBRARY);
  const loaded = await timeOnce(() => loadLibrary(database!, portfolio));
  const dispatch = await timeOnce(() => buildDispatch(database!, DASHBOARD_MONTH));
  // A server builds the figures through the current month when it starts; the months after the data
  // (2023 on) hold no reports, and the cases never read them, so they are marked built to keep that
  // start-up work out of the timings.
  await database.exec(
    "update dispatch_state set through_month = to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM')",
  );
  const [counts] = await database.query<{ reports: number; facts: number }>(
    "select (select count(*) from progress_reports)::int as reports, (select count(*) from dispatch_facts)::int as facts",
  );
  log(
    `  library loaded in ${loaded.ms} ms; dispatch facts through ${DASHBOARD_MONTH} built in ${dispatch.ms} ms`,
  );

  // PGlite is held by one process at a time: its statements are timed before the server opens it.
  const sqlTimings = new Map<string, Timing>();
  const dashboardRows = new Map<DashboardGroup, Record<string, unknown>[]>();
  for (const group of DASHBOARD_GROUPS) {
    const q = handWrittenSql(group);
    dashboardRows.set(group, await database.query(q.text, q.params));
    if (pglite) {
      sqlTimings.set(`sql-${group}`, await repeat({ warmup, reps }, sqlOf(database, q)));
      sqlTimings.set(`rollup-${group}`, await repeat({ warmup, reps }, sqlOf(database, rollupSql(group))));
    }
  }
  const listIds = (await database.query<{ id: number }>(LIST_SQL.text, LIST_SQL.params)).map((r) => r.id);
  if (pglite) {
    sqlTimings.set("list", await repeat({ warmup, reps }, sqlOf(database, LIST_SQL)));
    await database.close();
    database = null;
  }

  const server = await startServer(host.serverEnv(LIBRARY));
  const client = new HttpClient(server.baseUrl);
  try {
    const admin = await client.signIn("admin", PASSWORD);
    const districtUser = await client.signIn(LIST_USER, PASSWORD);

    const dashboard: DashboardResult[] = [];
    for (const group of DASHBOARD_GROUPS) {
      const api = () => client.get(dashboardPath(group), admin);
      let apiTiming: Timing;
      let sqlTiming: Timing;
      let rollupTiming: Timing;
      if (database) {
        [apiTiming, sqlTiming] = await paired(warmup, reps, api, sqlOf(database, handWrittenSql(group)));
        rollupTiming = await repeat({ warmup, reps }, sqlOf(database, rollupSql(group)));
      } else {
        apiTiming = await repeat({ warmup, reps }, api);
        sqlTiming = sqlTimings.get(`sql-${group}`)!;
        rollupTiming = sqlTimings.get(`rollup-${group}`)!;
      }
      dashboard.push({
        group,
        api: apiTiming,
        sql: sqlTiming,
        rollupSql: rollupTiming,
        ratio: round(apiTiming.medianMs / sqlTiming.medianMs, 3),
        growth: null,
        sameFigures: await sameFigures(client, admin, group, dashboardRows.get(group) ?? []),
      });
      log(
        `  (b) dashboard by ${group}: API median ${apiTiming.medianMs} ms, SQL ${sqlTiming.medianMs} ms, rollup read ${rollupTiming.medianMs} ms`,
      );
    }

    const listApi = () => client.get(LIST_PATH, districtUser);
    const [listApiTiming, listSqlTiming] = database
      ? await paired(warmup, reps, listApi, sqlOf(database, LIST_SQL))
      : [await repeat({ warmup, reps }, listApi), sqlTimings.get("list")!];
    const throughput = await measureThroughput(server.baseUrl, districtUser, options.throughputSeconds);
    const list: ListResult = {
      api: listApiTiming,
      sql: listSqlTiming,
      ratioP95: round(listApiTiming.p95Ms / listSqlTiming.p95Ms, 3),
      throughput,
      samePage: await samePage(client, districtUser, listIds),
    };
    log(
      `  (c) list: API p95 ${listApiTiming.p95Ms} ms, SQL p95 ${listSqlTiming.p95Ms} ms; ${throughput.requestsPerSec} req/s with 20 connections`,
    );

    let scaleOut: SizeResult["scaleOut"] = null;
    if (!pglite) {
      const two = await startServer(host.serverEnv(LIBRARY), 2);
      try {
        const twoProcesses = await measureThroughput(two.baseUrl, districtUser, options.throughputSeconds);
        const oneProcess = await measureThroughput(server.baseUrl, districtUser, options.throughputSeconds);
        scaleOut = { oneProcess, twoProcesses };
        log(
          `  (3) list throughput: one process ${oneProcess.requestsPerSec} req/s, two processes ${twoProcesses.requestsPerSec} req/s`,
        );
      } finally {
        await two.stop();
      }
    }

    const incentives: IncentiveResult = options.approvals
      ? await incentiveCase(server.baseUrl, admin)
      : { available: false, reason: "run at the largest size only in --quick" };
    const serverPeakRssMb = Math.max(...server.peakRssMb());
    log(
      `  (d) incentives: ${incentives.available ? `${incentives.decisionsPerSec} decisions/s, ${incentives.approved} approved, caps ${incentives.capsIntact ? "intact" : "BROKEN"}` : `not available (${incentives.reason})`}`,
    );
    log(`  (e) server peak RSS ${serverPeakRssMb} MB`);
    return {
      size,
      setup: {
        generateMs: generated.ms,
        loadMs: loaded.ms,
        dispatchBuildMs: dispatch.ms,
        reports: counts?.reports ?? 0,
        facts: counts?.facts ?? 0,
      },
      import: imported,
      dashboard,
      list,
      scaleOut,
      incentives,
      serverPeakRssMb,
    };
  } finally {
    client.close();
    await server.stop();
    await database?.close();
    await host.drop(LIBRARY);
  }
}
