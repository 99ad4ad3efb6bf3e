import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../src/store/paths.js";
import { frontendWeight } from "./cases/frontend-weight.js";
import { checkGoals } from "./goals.js";
import { pgliteHost, postgresHost, type EngineHost, type EngineName } from "./lib/bench-db.js";
import { startCluster } from "./lib/pg-cluster.js";
import { killServers } from "./lib/server.js";
import { round } from "./lib/stats.js";
import { markdown, type RunResult } from "./report.js";
import { runSize, type SizeResult } from "./run-size.js";

export const BENCH_USAGE = `newinfra bench [--sizes 1k,10k,100k] [--engine pglite|postgres|both] [--quick]
  [--reps 30] [--warmup 30] [--import-reps N] [--throughput-seconds 10] [--skip-import]

  Generates portfolios of the given sizes (36 monthly reports per project), measures import, dashboard,
  project list, throughput, approvals and memory on each engine, prints a markdown table and writes
  bench/results/<date>-<engine>.json and .md. --quick: 1k and 10k only, 2 imports per format and none
  into a library with dispatch figures built, 10 warm-up runs, 3 s of throughput, the approvals at 10k
  only: for everyday use, in under 5 minutes.`;

/**
 * An import repetition takes seconds at 1k projects, tens of seconds at 10k and minutes at 100k: unless
 * --import-reps says otherwise, 10k runs 10 and 100k runs 2 (the table shows n).
 */
const LARGE_IMPORT = 100_000;
const importRepsFor = (size: number, reps: number, quick: boolean) =>
  quick ? Math.min(reps, 2) : size >= LARGE_IMPORT ? 2 : size >= 10_000 ? Math.min(reps, 10) : reps;

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(text.trim());
  if (!m) throw new Error(`--sizes: not a size: ${text}`);
  const factor = { k: 1_000, m: 1_000_000 }[(m[2] ?? "").toLowerCase()] ?? 1;
  return Math.round(Number(m[1]) * factor);
}

interface BenchOptions {
  sizes: number[];
  engines: EngineName[];
  quick: boolean;
  reps: number;
  warmup: number;
  importReps: number | null;
  throughputSeconds: number;
  skipImport: boolean;
}

function options(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: "string" },
      engine: { type: "string", default: "both" },
      quick: { type: "boolean", default: false },
      reps: { type: "string", default: "30" },
      warmup: { type: "string" },
      "import-reps": { type: "string" },
      "throughput-seconds": { type: "string" },
      "skip-import": { type: "boolean", default: false },
    },
  });
  const engine = values.engine;
  if (engine !== "both" && engine !== "postgres" && engine !== "pglite")
    throw new Error(`--engine: pglite, postgres or both, not ${engine}`);
  const count = (name: string, text: string | undefined, fallback: number) => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: a whole number, not ${text}`);
    return n;
  };
  return {
    sizes: (values.sizes ?? (values.quick ? "1k,10k" : "1k,10k,100k")).split(",").map(parseSize),
    engines: engine === "both" ? ["postgres", "pglite"] : [engine],
    quick: values.quick,
    reps: Math.max(1, count("reps", values.reps, 30)),
    warmup: count("warmup", values.warmup, values.quick ? 10 : 30),
    importReps: values["import-reps"] === undefined ? null : count("import-reps", values["import-reps"], 3),
    throughputSeconds: count("throughput-seconds", values["throughput-seconds"], values.quick ? 3 : 10),
    skipImport: values["skip-import"],
  };
}

function pgliteVersion(): string {
  const file = join(packageRoot(), "node_modules", "@electric-sql", "pglite", "package.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { version: string };
  return `PGlite ${pkg.version}`;
}

function openHost(engine: EngineName): EngineHost {
  return engine === "postgres"
    ? postgresHost(startCluster())
    : pgliteHost(join(tmpdir(), `newinfra-bench-pglite-${process.pid}`), pgliteVersion());
}

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** Growth of each dashboard against the smallest size measured. */
function addGrowth(sizes: SizeResult[]): void {
  const first = sizes[0];
  if (!first || sizes.length < 2) return;
  for (const s of sizes.slice(1)) {
    for (const d of s.dashboard) {
      const base = first.dashboard.find((x) => x.group === d.group);
      if (base) d.growth = round(d.api.medianMs / base.api.medianMs, 3);
    }
  }
}

/** What a reader needs to know to trust the numbers: machine load and repetitions cut short. */
function notesOf(run: RunResult): string[] {
  const notes: string[] = [];
  if (run.machine.loadAverageAtStart[0]! > run.machine.cpus)
    notes.push(
      `The machine was shared (load average ${run.machine.loadAverageAtStart[0]!.toFixed(1)} on ${run.machine.cpus} cores at start): absolute times are inflated, ratios of interleaved samples less so.`,
    );
  for (const s of run.sizes) {
    const first = s.import?.formats[0];
    if (first && first.api.n < 30)
      notes.push(
        `Imports at ${s.size} projects ran ${first.api.n} times per format (fewer with dispatch figures built): one takes ${Math.round(first.api.medianMs / 1000)} s or more.`,
      );
  }
  return notes;
}

const resultsDir = () => join(packageRoot(), "bench", "results");

/** bench/results/latest.md: the newest full run of each engine (a quick one when there is none). */
function writeLatest(): void {
  const dir = resultsDir();
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as RunResult)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const sections: string[] = [];
  for (const engine of ["postgres", "pglite"] as const) {
    const mine = runs.filter((r) => r.engine === engine);
    const pick = mine.find((r) => !r.quick) ?? mine[0];
    if (pick) sections.push(markdown(pick));
  }
  writeFileSync(
    join(dir, "latest.md"),
    `# Latest benchmark results\n\nWritten by \`npm run bench\`; how to read them: [docs/SCALING.md](../../docs/SCALING.md).\n\n${sections.join("\n")}`,
  );
}

/** `newinfra bench`: runs the harness on each engine asked for and writes the results. */
export async function runBench(args: string[]): Promise<number> {
  if (args.includes("--help")) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const opts = options(args);
  const log = (line: string) => console.error(line);
  mkdirSync(resultsDir(), { recursive: true });
  for (const engine of opts.engines) {
    const started = Date.now();
    // Named by the day the run began, so writes after midnight (partial or final) go to the same file.
    const date = today();
    const loadAverageAtStart = loadavg().map((n) => round(n, 1));
    log(`== ${engine}: sizes ${opts.sizes.join(", ")}`);
    const host = openHost(engine);
    const stop = () => {
      killServers();
      host.stop();
      process.exit(130);
    };
    process.once("SIGINT", stop);
    const sizes: SizeResult[] = [];
    const cpu = cpus();
    const write = (partial: boolean) => {
      addGrowth(sizes);
      const run: RunResult = {
        date,
        engine,
        engineVersion: host.version,
        quick: opts.quick,
        options: {
          sizes: opts.sizes,
          reps: opts.reps,
          importReps: opts.importReps,
          warmup: opts.warmup,
          throughputSeconds: opts.throughputSeconds,
        },
        machine: {
          cpus: cpu.length,
          cpuModel: cpu[0]?.model.trim() ?? "unknown",
          memoryGb: round(totalmem() / 1024 ** 3, 0),
          node: process.version,
          loadAverageAtStart,
        },
        durationS: Math.round((Date.now() - started) / 1000),
        sizes,
        goals: checkGoals(sizes),
        frontend: frontendWeight(),
        notes: [],
      };
      run.notes = notesOf(run);
      if (partial) run.notes.push(`Partial: sizes measured so far, of ${opts.sizes.join(", ")}.`);
      const name = `${run.date}-${engine}${opts.quick ? "-quick" : ""}`;
      writeFileSync(join(resultsDir(), `${name}.json`), `${JSON.stringify(run, null, 2)}\n`);
      const md = markdown(run);
      writeFileSync(join(resultsDir(), `${name}.md`), md);
      writeLatest();
      if (!partial) {
        console.log(md);
        log(`written: bench/results/${name}.json, bench/results/${name}.md, bench/results/latest.md`);
      }
    };
    try {
      for (const size of opts.sizes) {
        log(`-- ${size} projects`);
        sizes.push(
          await runSize({
            host,
            size,
            reps: opts.reps,
            importReps: opts.importReps ?? importRepsFor(size, opts.reps, opts.quick),
            importWithFigures: !opts.quick,
            warmup: opts.warmup,
            throughputSeconds: opts.throughputSeconds,
            approvals: !opts.quick || size === opts.sizes.at(-1),
            skipImport: opts.skipImport,
            log,
          }),
        );
        if (sizes.length < opts.sizes.length) write(true);
      }
    } finally {
      process.removeListener("SIGINT", stop);
      host.stop();
    }
    write(false);
  }
  return 0;
}
