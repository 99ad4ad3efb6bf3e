import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QueuedReport, ReportStatus } from "../domain/contracts/report.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

const status = async (client: Client, month: string) => {
  const res = await client({ method: "GET", url: `/api/v1/report-status?month=${month}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportStatus>();
};

describe("report status and review queues", () => {
  it("lists, per district, the reports due, missing and late against the configured deadline", async () => {
    const [building] = await queryRows<{ id: number; district: string }>(
      t.database.db,
      sql`select id, district_code as district from projects where actual_start < '2021-01-01'
        and (actual_end is null or actual_end > '2021-12-31') order by id limit 2`,
    );
    await t.database.db.execute(
      sql`delete from progress_reports where project_id = ${building!.id} and month = '2021-06'`,
    );
    const s = await status(admin, "2021-06");
    expect(s.dueDate).toBe("2021-07-05");
    expect(s.deadlinePassed).toBe(true);
    expect(s.missing.map((m) => m.projectId)).toContain(building!.id);
    const district = s.byDistrict.find((d) => d.code === building!.district)!;
    expect(district.missing).toBeGreaterThanOrEqual(1);
    const [due] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects where actual_start is not null and to_char(actual_start, 'YYYY-MM') <= '2021-06'
        and (actual_end is null or to_char(actual_end, 'YYYY-MM') >= '2021-06') and stage <> 'cancelled'`,
    );
    expect(s.totals.due).toBe(due!.n);
    expect(s.totals.onTime + s.totals.late + s.totals.missing).toBe(s.totals.due);
    expect(s.byDepartment.reduce((n, d) => n + d.due, 0)).toBe(s.totals.due);

    const moved = await admin({
      method: "PUT",
      url: "/api/v1/dispatch/settings",
      payload: {
        reportDueDay: 1,
        paceYellowPoints: 10,
        paceRedPoints: 30,
        startDelayRedMonths: 3,
        stallReports: 2,
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const stricter = await status(admin, "2021-06");
    expect(stricter.dueDate).toBe("2021-07-01");
    expect(stricter.totals.late).toBeGreaterThan(s.totals.late);
  });

  it("keeps a district to its own district", async () => {
    const s = await status(await t.as("yubei"), "2021-06");
    expect(s.byDistrict.map((d) => d.code)).toHaveLength(1);
  });

  it("refuses thresholds out of order, naming the field, and changes nothing", async () => {
    const res = await admin({
      method: "PUT",
      url: "/api/v1/dispatch/settings",
      payload: {
        reportDueDay: 5,
        paceYellowPoints: 40,
        paceRedPoints: 30,
        startDelayRedMonths: 3,
        stallReports: 2,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe("paceRedPoints");
    const now = await admin({ method: "GET", url: "/api/v1/dispatch/settings" });
    expect(now.json<{ paceYellowPoints: number }>().paceYellowPoints).toBe(10);
  });

  it("queues a submitted report for the district until it has reviewed it", async () => {
    const yubei = await t.as("yubei");
    const dept = await t.as("dept");
    const [p] = await queryRows<{ id: number; invested: string; pct: number }>(
      t.database.db,
      sql`select p.id, r.invested_fen::text as invested, r.progress_pct as pct from projects p
        join specials s on s.code = p.special_code
        join users dept on dept.organisation_id = s.lead_department_id and dept.username = 'dept'
        join organisations d on d.district_code = p.district_code
        join users du on du.organisation_id = d.id and du.username = 'yubei'
        join progress_reports r on r.project_id = p.id and r.current and r.month = '2022-11'
        order by p.id limit 1`,
    );
    expect(p, "a project in 渝北 led by dept, reported in 2022-11").toBeDefined();
    const sent = await admin({
      method: "POST",
      url: `/api/v1/projects/${p!.id}/reports`,
      payload: { month: "2022-11", investedFen: p!.invested, progressPct: p!.pct, progressText: "更正" },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const queue = async (client: Client) =>
      (await client({ method: "GET", url: "/api/v1/reports?status=awaiting_me&month=2022-11" })).json<{
        items: QueuedReport[];
      }>().items;
    const mine = (await queue(yubei)).find((r) => r.project.id === p!.id);
    expect(mine?.version).toBe(2);
    const reviewed = await yubei({
      method: "POST",
      url: `/api/v1/reports/${mine!.id}/reviews`,
      payload: { decision: "accepted" },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect((await queue(yubei)).some((r) => r.id === mine!.id)).toBe(false);
    // The lead department has not reviewed it yet, so it still waits for them.
    expect((await queue(dept)).some((r) => r.id === mine!.id)).toBe(true);
    const wanzhou = await t.as("wanzhou");
    expect((await queue(wanzhou)).some((r) => r.id === mine!.id)).toBe(false);
  });
});
