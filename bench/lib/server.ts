import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { packageRoot } from "../../src/store/paths.js";

/** The built command line (npm run build): the bench runs the server exactly as `newinfra serve` does. */
const CLI = join(packageRoot(), "dist", "src", "cli", "run.js");
const CLUSTER = join(packageRoot(), "dist", "bench", "lib", "cluster-serve.js");

export interface ServerProcess {
  baseUrl: string;
  port: number;
  pids(): number[];
  /** Peak resident memory (VmHWM) of each process so far, in MB. */
  peakRssMb(): number[];
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Ends every server the harness started and has not stopped yet (on Ctrl-C or an error). */
export function killServers(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
process.once("exit", killServers);

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** VmHWM of a process in MB, or NaN once it is gone. */
export function peakRssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function waitHealthy(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/**
 * Starts `newinfra serve` on 127.0.0.1 against the given database, or `workers` such processes behind
 * Node's cluster module (one port, connections handed out in turn), and waits for /api/health.
 * `extraNodeArgs` go to Node (a heap limit, say).
 */
export async function startServer(
  env: Record<string, string>,
  workers = 1,
  extraNodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const { NODE_ENV: _mode, DATABASE_URL: _url, NEWINFRA_DATA: _data, ...inherited } = process.env;
  // NEWINFRA_BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=.tmp/prof", profiles the server under load.
  const nodeArgs = [
    ...(process.env.NEWINFRA_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean),
    ...extraNodeArgs,
  ];
  const script =
    workers === 1 ? [CLI, "serve", "--port", String(port)] : [CLUSTER, String(workers), String(port)];
  const args = [...nodeArgs, ...script];
  const child = spawn(process.execPath, args, {
    env: { ...inherited, ...env, HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  const workerPids = new Set<number>();
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    for (const m of text.matchAll(/worker-pid (\d+)/g)) workerPids.add(Number(m[1]));
    output = (output + text).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitHealthy(baseUrl, child, () => output);
  const pids = () => (workers === 1 ? [child.pid ?? -1] : [...workerPids]);
  return {
    baseUrl,
    port,
    pids,
    peakRssMb: () => pids().map(peakRssOf),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
