import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../domain/contracts/plan-summary.js";
import { useCliDatabase } from "../testing/cli.js";

const cli = useCliDatabase();

describe("newinfra plan check", () => {
  it("says clearly that an empty library has nothing to check, and exits 1", async () => {
    const result = await cli.run("plan", "check");
    expect(result.code).toBe(1);
    expect(result.err).toContain("项目库为空");
    expect(result.err).toContain("newinfra seed --demo");
  });

  it("exits 0 after seed --demo and prints the 3983 / 3986 difference", async () => {
    const seeded = await cli.run("seed", "--demo");
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain("yubei");
    const result = await cli.run("plan", "check");
    expect(result.code).toBe(0);
    expect(result.out).toContain("3,983.00");
    expect(result.out).toContain("3,986.00");
    expect(result.out).toContain("基础网络设施");
    expect(result.out).toContain("项目库与方案一致");
  });

  it("prints the same table as JSON with --json", async () => {
    const result = await cli.run("plan", "check", "--json");
    const summary = JSON.parse(result.out) as PlanSummary;
    expect(summary.totals.projects).toBe(375);
    expect(summary.matches).toBe(true);
  });

  it("exits 1 and names the special when the library drifts from the plan", async () => {
    await cli.sql(
      "delete from projects where id = (select min(id) from projects where special_code = 'NET-2')",
    );
    const result = await cli.run("plan", "check");
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/关键枢纽设施：计划7个项目，项目库6个/);
    expect(result.out).toContain("项目库与方案不一致");
  });

  it("rejects unknown commands and bad options with usage, exit 2", async () => {
    expect((await cli.run("frobnicate")).code).toBe(2);
    expect((await cli.run("seed", "--demo", "--seed", "x")).code).toBe(2);
    expect((await cli.run("plan", "check", "--bogus")).code).toBe(2);
  });
});
