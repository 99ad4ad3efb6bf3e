import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "../../src/services/demo-accounts.js";

/** The repository root, found from this file so tests run from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const CLI = join(REPO_ROOT, "bin", "newinfra.js");
/** How much of a child's output a failure message carries: enough for the error, not every SQL parameter. */
const LOG_TAIL = 4_000;

/** The city DRC administrator that `seed --demo` creates; it sees the whole portfolio. */
export const DEMO_ADMIN = { username: "admin", password: DEMO_PASSWORD };

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** The child's environment: a private data folder, and never a shared PostgreSQL from the caller. */
function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWINFRA_DATA: dataDir };
  delete env.DATABASE_URL;
  delete env.PORT;
  return env;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs the CLI to completion, failing with its output when it exits non-zero. */
async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-LOG_TAIL));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`newinfra ${args.join(" ")} exited with ${code}:\n${output}`);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Seeds the Chongqing demo portfolio into a fresh temporary data folder and serves it (API and the
 * built web) on a free port. Needs `npm run build` first. NEWINFRA_E2E_BASE_URL points the tests at a
 * server that is already running instead (one holding the demo portfolio).
 */
export async function startDemoServer(): Promise<RunningServer> {
  const external = process.env.NEWINFRA_E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ""), stop: () => Promise.resolve() };
  const dataDir = await mkdtemp(join(tmpdir(), "newinfra-e2e-"));
  const env = childEnv(dataDir);
  try {
    await runCli(["seed", "--demo"], env);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [CLI, "serve", "--port", String(port)], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-LOG_TAIL));
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    try {
      await waitForHealth(baseUrl, child, () => log, 90_000);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
    return {
      baseUrl,
      stop: async () => {
        await stopChild(child);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
