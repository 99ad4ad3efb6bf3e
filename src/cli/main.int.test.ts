import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PlanSummary } from "../domain/contracts/plan-summary.js";
import { openDatabase } from "../store/db.js";
import { openTestDatabase, testEngine, type TestDatabase } from "../testing/database.js";
import { main } from "./main.js";

/** Points the CLI at a fresh database of this run's engine, as a user would with the environment. */
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
  Object.assign(process.env, saved);
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
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
}

/** Runs SQL against the same database the CLI uses. */
async function tamper(statement: string): Promise<void> {
  if (pgDatabase) {
    await pgDatabase.db.execute(statement);
    return;
  }
  const database = await openDatabase({ dataDir: join(dataDir, "pglite") });
  await database.db.execute(statement);
  await database.close();
}

describe("newinfra plan check", () => {
  it("says clearly that an empty library has nothing to check, and exits 1", async () => {
    const result = await run("plan", "check");
    expect(result.code).toBe(1);
    expect(result.err).toContain("项目库为空");
    expect(result.err).toContain("newinfra seed --demo");
  });

  it("exits 0 after seed --demo and prints the 3983 / 3986 difference", async () => {
    expect((await run("seed", "--demo")).code).toBe(0);
    const result = await run("plan", "check");
    expect(result.code).toBe(0);
    expect(result.out).toContain("3,983.00");
    expect(result.out).toContain("3,986.00");
    expect(result.out).toContain("基础网络设施");
    expect(result.out).toContain("项目库与方案一致");
  });

  it("prints the same table as JSON with --json", async () => {
    const result = await run("plan", "check", "--json");
    const summary = JSON.parse(result.out) as PlanSummary;
    expect(summary.totals.projects).toBe(375);
    expect(summary.matches).toBe(true);
  });

  it("exits 1 and names the special when the library drifts from the plan", async () => {
    await tamper(
      "delete from projects where id = (select min(id) from projects where special_code = 'NET-2')",
    );
    const result = await run("plan", "check");
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/关键枢纽设施：计划7个项目，项目库6个/);
    expect(result.out).toContain("项目库与方案不一致");
  });

  it("rejects unknown commands and bad options with usage, exit 2", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("seed", "--demo", "--seed", "x")).code).toBe(2);
    expect((await run("plan", "check", "--bogus")).code).toBe(2);
  });
});
