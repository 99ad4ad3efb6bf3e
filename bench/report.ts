import type { FrontendWeight } from "./cases/frontend-weight.js";
import type { GoalCheck } from "./goals.js";
import type { SizeResult } from "./run-size.js";

export interface RunResult {
  date: string;
  engine: "postgres" | "pglite";
  engineVersion: string;
  quick: boolean;
  options: {
    sizes: number[];
    reps: number;
    /** null: by size (30 at 1k, 10 at 10k, 2 at 100k). */
    importReps: number | null;
    warmup: number;
    throughputSeconds: number;
  };
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[] };
  durationS: number;
  sizes: SizeResult[];
  goals: GoalCheck[];
  frontend: FrontendWeight | null;
  notes: string[];
}

const label = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const num = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? "—"
    : n.toLocaleString("en-US", { maximumFractionDigits: digits });
const ms = (n: number | undefined) => num(n, n !== undefined && n < 10 ? 2 : 1);

type Row = [string, ...string[]];

function sizeRows(sizes: SizeResult[]): Row[] {
  const rows: Row[] = [];
  const row = (name: string, cell: (s: SizeResult) => string) => rows.push([name, ...sizes.map(cell)]);
  const fmt = (s: SizeResult, format: "csv" | "xlsx", built: boolean) =>
    s.import?.formats.find((f) => f.format === format && f.figuresBuilt === built);
  for (const [format, built] of [
    ["csv", false],
    ["xlsx", false],
    ["csv", true],
  ] as const) {
    const what = `${format}${built ? ", dispatch figures built" : ""}`;
    row(`(a) import ${what}: rows/s (median ms, n)`, (s) => {
      const f = fmt(s, format, built);
      return f ? `${num(f.apiRowsPerSec, 0)} (${ms(f.api.medianMs)} ms, n=${f.api.n})` : "—";
    });
    if (!built)
      row(`(a) raw COPY of the same rows: rows/s`, (s) => num(fmt(s, format, built)?.copyRowsPerSec, 0));
    row(`(a) ${what}: import / COPY`, (s) => {
      const f = fmt(s, format, built);
      return f ? `${num(f.ratio * 100, 1)} %` : "—";
    });
  }
  for (const group of ["sector", "district"] as const) {
    const d = (s: SizeResult) => s.dashboard.find((x) => x.group === group);
    row(
      `(b) dashboard by ${group}, API: median / p95 ms`,
      (s) => `${ms(d(s)?.api.medianMs)} / ${ms(d(s)?.api.p95Ms)}`,
    );
    row(`(b) hand-written SQL: median / p95 ms`, (s) => `${ms(d(s)?.sql.medianMs)} / ${ms(d(s)?.sql.p95Ms)}`);
    row(`(b) rollup read alone (floor): median ms`, (s) => ms(d(s)?.rollupSql.medianMs));
    row(`(b) API / SQL (median)`, (s) => `${num(d(s)?.ratio, 3)}×`);
    row(`(b) growth against the smallest size`, (s) =>
      d(s)?.growth === null ? "—" : `${num(d(s)?.growth, 2)}×`,
    );
    row(`(b) same figures as the SQL`, (s) => (d(s)?.sameFigures ? "yes" : "NO"));
  }
  row(
    "(c) list as district user, API: median / p95 ms",
    (s) => `${ms(s.list.api.medianMs)} / ${ms(s.list.api.p95Ms)}`,
  );
  row("(c) raw SQL: median / p95 ms", (s) => `${ms(s.list.sql.medianMs)} / ${ms(s.list.sql.p95Ms)}`);
  row("(c) API p95 / SQL p95", (s) => `${num(s.list.ratioP95, 2)}×`);
  row("(c) same page as the SQL", (s) => (s.list.samePage ? "yes" : "NO"));
  row(
    "(c) throughput, 20 connections: req/s (p99 ms)",
    (s) => `${num(s.list.throughput.requestsPerSec, 0)} (${s.list.throughput.latencyP99Ms})`,
  );
  row("(3) throughput, one process → two processes: req/s", (s) =>
    s.scaleOut
      ? `${num(s.scaleOut.oneProcess.requestsPerSec, 0)} → ${num(s.scaleOut.twoProcesses.requestsPerSec, 0)}`
      : "n/a (one process holds PGlite)",
  );
  row("(d) incentive decisions/s, 50 concurrent reviewers", (s) =>
    s.incentives.available
      ? `${num(s.incentives.decisionsPerSec, 1)} (${s.incentives.approved} approved, ${s.incentives.refusedAtCap} refused at the cap; caps ${s.incentives.capsIntact ? "intact" : "BROKEN"})`
      : "not available",
  );
  row(
    "(e) server peak RSS MB: reads / import",
    (s) => `${num(s.serverPeakRssMb, 0)} / ${num(s.import?.peakRssMb, 0)}`,
  );
  row("(e) import csv by a server with a limited heap: peak RSS MB (rows/s, n)", (s) => {
    const c = s.import?.capped;
    return c
      ? `${num(c.peakRssMb, 0)} with ${c.heapLimitMb} MB of heap (${num(c.apiRowsPerSec, 0)} rows/s, n=${c.api.n})`
      : "—";
  });
  row(
    "set-up: COPY load / dispatch facts build, s",
    (s) => `${num(s.setup.loadMs / 1000, 1)} / ${num(s.setup.dispatchBuildMs / 1000, 1)}`,
  );
  row("monthly reports / dispatch facts", (s) => `${num(s.setup.reports, 0)} / ${num(s.setup.facts, 0)}`);
  return rows;
}

function table(header: string[], rows: Row[]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const ENGINE_NAME = { postgres: "PostgreSQL", pglite: "PGlite" } as const;

/** The run as markdown: the size table, the goals, the frontend weight and the notes. */
export function markdown(run: RunResult): string {
  const parts: string[] = [];
  parts.push(
    `### ${ENGINE_NAME[run.engine]} (${run.engineVersion}) — ${run.date}${run.quick ? " — quick" : ""}`,
  );
  parts.push(
    `${run.machine.cpus} cores (${run.machine.cpuModel}), ${run.machine.memoryGb} GB, Node ${run.machine.node}; load average at start ${run.machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(" ")}; ` +
      `${run.options.reps} timed repetitions after ${run.options.warmup} warm-up (imports: ${run.options.importReps ?? "n in the table"}); run took ${Math.round(run.durationS / 60)} min.`,
  );
  parts.push(table(["case", ...run.sizes.map((s) => `${label(s.size)} projects`)], sizeRows(run.sizes)));
  if (run.goals.length) {
    parts.push(`Goals at ${label(run.sizes.at(-1)?.size ?? 0)} projects:`);
    parts.push(
      table(
        ["goal", "target", "measured", "met"],
        run.goals.map((g) => [
          g.goal,
          g.target,
          g.measured,
          g.met === null ? "—" : g.met ? "yes" : `no: ${g.gap}`,
        ]),
      ),
    );
  }
  if (run.frontend) {
    const f = run.frontend;
    parts.push(
      `(4) Console initial JavaScript: ${f.initialJsGzipKb} KB gzipped (${f.initialJsKb} KB raw, ${f.initialFiles.length} files); ` +
        `loaded on demand: ${f.lazyJsGzipKb} KB gzipped, largest ${f.lazyChunks.map((c) => `${c.file.replace(/^assets\//, "")} ${c.gzipKb} KB`).join(", ")}.`,
    );
  }
  if (run.notes.length) parts.push(run.notes.map((n) => `- ${n}`).join("\n"));
  return `${parts.join("\n\n")}\n`;
}
