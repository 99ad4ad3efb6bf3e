import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { RollingPlan } from "../domain/contracts/rolling-plan.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

describe("the rolling plan", () => {
  it("adds up each sector's annual plans over the window, matching the stored amounts", async () => {
    const plan = (
      await admin({ method: "GET", url: "/api/v1/rolling-plan?from=2021&years=3&groupBy=sector" })
    ).json<RollingPlan>();
    expect(plan.years).toEqual([2021, 2022, 2023]);
    expect(plan.rows).toHaveLength(7);
    const [raw] = await queryRows<{ total: string }>(
      t.database.db,
      sql`select sum(a.planned_fen)::text as total from project_annual_plans a join projects p on p.id = a.project_id
          where a.year between 2021 and 2023 and p.stage <> 'cancelled'`,
    );
    expect(plan.totals.totalFen).toBe(raw!.total);
    expect(plan.rows.reduce((s, r) => s + BigInt(r.totalFen), 0n).toString()).toBe(raw!.total);
    const net = plan.rows.find((r) => r.code === "NET")!;
    expect(net).toMatchObject({
      targetProjects: 14,
      targetInvestmentFen: (620n * 10_000_000_000n).toString(),
    });
  });

  it("is scoped: a district sees only its own amounts", async () => {
    const yubei = await t.as("yubei");
    const plan = (
      await yubei({ method: "GET", url: "/api/v1/rolling-plan?from=2021&groupBy=district" })
    ).json<RollingPlan>();
    expect(plan.rows.filter((r) => r.totalFen !== "0").map((r) => r.code)).toEqual(["500112"]);
  });

  it("names a bad window", async () => {
    const res = await admin({ method: "GET", url: "/api/v1/rolling-plan?from=1999" });
    expect(res.json<ApiError>().error.field).toBe("from");
  });
});

describe("the annual rollover", () => {
  it("proposes the readiest reserve projects up to each sector's target, explains them, and records the decision", async () => {
    const res = await admin({
      method: "POST",
      url: "/api/v1/rollover/proposals",
      payload: { year: 2023, targets: [{ sectorCode: "IND", targetFen: "5000000000000" }] },
    });
    expect(res.statusCode).toBe(200);
    const [ind] = res.json<{
      sectors: {
        proposals: { projectId: number; selected: boolean; score: number; reasons: { zh: string }[] }[];
        met: boolean;
      }[];
    }>().sectors;
    const selected = ind!.proposals.filter((p) => p.selected);
    expect(selected.length).toBeGreaterThan(0);
    const scores = ind!.proposals.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(selected[0]!.reasons.map((r) => r.zh).join()).toMatch(/资金落实率/);

    const chosen = selected[0]!.projectId;
    const decided = await admin({
      method: "POST",
      url: "/api/v1/rollover/decisions",
      payload: { year: 2023, decisions: [{ projectId: chosen, decision: "accepted", note: "手续齐全" }] },
    });
    expect(decided.json<{ items: { projectId: number; decision: string }[] }>().items).toEqual([
      expect.objectContaining({ projectId: chosen, decision: "accepted" }),
    ]);
    const [row] = await queryRows<{ planned_start: string }>(
      t.database.db,
      sql`select planned_start::text from projects where id = ${chosen}`,
    );
    expect(row!.planned_start.startsWith("2023")).toBe(true);
  });

  it("refuses unknown sectors and non-reserve projects, naming them", async () => {
    const bad = await admin({
      method: "POST",
      url: "/api/v1/rollover/proposals",
      payload: { year: 2023, targets: [{ sectorCode: "XXX", targetFen: "1" }] },
    });
    expect(bad.json<ApiError>().error.field).toBe("targets.0.sectorCode");
    const [building] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select id from projects where stage = 'under_construction' limit 1`,
    );
    const notReserve = await admin({
      method: "POST",
      url: "/api/v1/rollover/decisions",
      payload: { year: 2023, decisions: [{ projectId: building!.id, decision: "accepted" }] },
    });
    expect(notReserve.json<ApiError>().error.field).toBe("decisions.0.projectId");
  });
});
