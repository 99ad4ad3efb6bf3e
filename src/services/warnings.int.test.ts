import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { Warnings } from "../domain/contracts/warnings.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { rebuildDispatch } from "./dispatch-upkeep.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

const warnings = async (client: Client, month: string) => {
  const res = await client({ method: "GET", url: `/api/v1/warnings?month=${month}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Warnings>();
};

describe("dispatch warnings", () => {
  it("grades every project of the demo in 2021-06, each red or yellow one with its reasons in both languages", async () => {
    const w = await warnings(admin, "2021-06");
    expect(w.summary.red + w.summary.yellow + w.summary.green).toBe(375);
    expect(w.projects.length).toBe(w.summary.red + w.summary.yellow);
    expect(w.projects.length).toBeGreaterThan(0);
    for (const p of w.projects) {
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(p.reasons.every((r) => r.zh.length > 0 && r.en.length > 0)).toBe(true);
    }
    expect(w.projects.flatMap((p) => p.reasons).some((r) => r.rule === "late_report")).toBe(false);
    expect(w.bySector.reduce((n, s) => n + s.red + s.yellow + s.green, 0)).toBe(375);
  });

  it("states the pace figures that an independent computation from the raw reports gives", async () => {
    const w = await warnings(admin, "2021-06");
    const paced = w.projects.find((p) => p.reasons.some((r) => r.rule === "pace"));
    expect(paced).toBeDefined();
    const reason = paced!.reasons.find((r) => r.rule === "pace")!;
    const [raw] = await queryRows<{ plan: string; ytd: string }>(
      t.database.db,
      sql`select (select planned_fen::text from project_annual_plans where project_id = ${paced!.id} and year = 2021) as plan,
                 (select coalesce(sum(invested_fen), 0)::text from progress_reports where project_id = ${paced!.id} and current and month between '2021-01' and '2021-06') as ytd`,
    );
    expect(reason.numbers).toMatchObject({ annualPlanFen: raw!.plan, yearToDateFen: raw!.ytd });
    const behind = 50 - (Number(raw!.ytd) / Number(raw!.plan)) * 100;
    expect(Number(reason.numbers.behindPoints)).toBeCloseTo(behind, 1);
  });

  it("marks a building project red when its month's report is missing", async () => {
    const [building] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select p.id from projects p where p.actual_start < '2021-01-01' and (p.actual_end is null or p.actual_end > '2021-12-31') order by p.id limit 1`,
    );
    await t.database.db.execute(
      sql`delete from progress_reports where project_id = ${building!.id} and month = '2021-06'`,
    );
    // Removed behind the application's back, so its dispatch figures are rebuilt by hand.
    await t.database.db.transaction((tx) => rebuildDispatch(tx));
    const w = await warnings(admin, "2021-06");
    const project = w.projects.find((p) => p.id === building!.id);
    expect(project?.level).toBe("red");
    expect(project?.reasons.map((r) => r.rule)).toContain("missing_report");
  });

  it("counts only the caller's scope", async () => {
    const w = await warnings(await t.as("yubei"), "2021-06");
    const [inDistrict] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects where district_code = '500112'`,
    );
    expect(w.summary.red + w.summary.yellow + w.summary.green).toBe(inDistrict!.n);
    expect(w.byDistrict.map((d) => d.code)).toEqual(["500112"]);
  });

  it("names a bad or future month", async () => {
    const bad = await admin({ method: "GET", url: "/api/v1/warnings?month=2021-13" });
    expect(bad.json<ApiError>().error.field).toBe("month");
    const future = await admin({ method: "GET", url: "/api/v1/warnings?month=2030-01" });
    expect(future.json<ApiError>().error.field).toBe("month");
  });
});
