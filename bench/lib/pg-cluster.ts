import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Settings of the throwaway cluster, recorded with the results. */
export const CLUSTER_SETTINGS: Record<string, string> = {
  shared_buffers: "256MB",
  max_connections: "200",
  max_wal_size: "4GB",
  work_mem: "16MB",
  listen_addresses: "127.0.0.1",
};

export interface PgCluster {
  /** postgres://… of the maintenance database; `urlOf(name)` names another database. */
  url: string;
  urlOf(database: string): string;
  version: string;
  stop(): void;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = (() => {
    try {
      return readdirSync(root).sort((a, b) => Number(a) - Number(b));
    } catch {
      return [];
    }
  })();
  const latest = versions.at(-1);
  if (!latest) {
    throw new Error(
      "未找到 PostgreSQL 服务器，请先运行 bash scripts/system-deps.sh / no PostgreSQL server found: run bash scripts/system-deps.sh",
    );
  }
  return join(root, latest, "bin");
}

/**
 * Starts a PostgreSQL cluster of its own in a temporary folder on 127.0.0.1 (port
 * NEWINFRA_BENCH_PG_PORT, 55488 by default, away from the test suite's), as scripts/pg-temp.sh does;
 * as root the server runs as the `postgres` user. Durability stays on (fsync, synchronous commit), so
 * imports pay for their commits as in production.
 */
export function startCluster(port = Number(process.env.NEWINFRA_BENCH_PG_PORT ?? 55488)): PgCluster {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "newinfra-bench-pg."));
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]]
      : [join(bin, program), args];
    const result = spawnSync(cmd, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (asRoot) {
    if (spawnSync("id", ["postgres"]).status !== 0)
      execFileSync("useradd", ["--system", "--home-dir", "/var/lib/postgresql", "postgres"]);
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, -1);
  }
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    ...Object.entries(CLUSTER_SETTINGS).map(([k, v]) => `-c ${k}=${v}`),
  ];
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-o", options.join(" "), "start"]);
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const version = run("postgres", ["--version"]).trim();
  let stopped = false;
  return {
    url: urlOf("postgres"),
    urlOf,
    version,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
