import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEN_PER_YI } from "../domain/money.js";
import { AppError } from "../domain/errors.js";
import { openTestDatabase, testContext, type TestDatabase } from "../testing/database.js";
import { getPlanSummary } from "./plan-summary.js";
import { seedDemo } from "./seed.js";

const PLAN = "CQ-NEWINFRA-2020-2022";
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(testContext(database), { seed: 1, replace: false });
});
afterAll(() => database.close());

describe("the demo portfolio against the plan", () => {
  it("reproduces the plan's 375 projects and 21 specials and matches within rounding", async () => {
    const summary = await getPlanSummary(testContext(database), PLAN);
    expect(summary.totals.projects).toBe(375);
    expect(summary.specials).toHaveLength(21);
    expect(summary.sectors).toHaveLength(7);
    expect(summary.specials.every((s) => s.actualProjects === s.targetProjects)).toBe(true);
    expect(summary.matches).toBe(true);
  });

  it("splits by plan category exactly 152 / 102 / 121 with 2101 / 831 / 1051 亿元", async () => {
    const summary = await getPlanSummary(testContext(database), PLAN);
    const byCode = Object.fromEntries(summary.planCategories.map((c) => [c.code, c]));
    expect(byCode.under_construction).toMatchObject({
      actualProjects: 152,
      actualInvestmentFen: (2101n * FEN_PER_YI).toString(),
    });
    expect(byCode.new_start).toMatchObject({
      actualProjects: 102,
      actualInvestmentFen: (831n * FEN_PER_YI).toString(),
    });
    expect(byCode.reserve).toMatchObject({
      actualProjects: 121,
      actualInvestmentFen: (1051n * FEN_PER_YI).toString(),
    });
    expect(summary.totals.investmentFen).toBe((3983n * FEN_PER_YI).toString());
  });

  it("shows the plan's own 3983 vs 3986 difference instead of hiding it", async () => {
    const summary = await getPlanSummary(testContext(database), PLAN);
    const statement = summary.discrepancies.find((d) => d.kind === "plan_statement");
    expect(statement).toMatchObject({
      blocking: false,
      expected: (3983n * FEN_PER_YI).toString(),
      actual: (3986n * FEN_PER_YI).toString(),
    });
    expect(statement?.zh).toContain("3,983.00亿元");
    expect(statement?.zh).toContain("3,986.00亿元");
  });

  it("refuses to seed over a non-empty library unless asked to replace it", async () => {
    const ctx = testContext(database);
    const refused = await seedDemo(ctx, { seed: 2, replace: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(409);
    expect((await getPlanSummary(ctx, PLAN)).totals.projects).toBe(375);
  });
});
