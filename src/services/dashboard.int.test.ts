import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dashboard } from "../domain/contracts/dashboard.js";
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

const dashboard = async (client: Client, month: string, groupBy = "sector") => {
  const res = await client({ method: "GET", url: `/api/v1/dashboard?month=${month}&groupBy=${groupBy}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Dashboard>();
};

interface Raw {
  key: string;
  projects: number;
  planned: string;
  ytd: string;
  month_fen: string;
  starts_planned: number;
  started: number;
}

/** The month's figures per group straight from projects, annual plans and current reports. */
function rawFigures(groupKey: string, month: string, where = sql`true`) {
  const year = month.slice(0, 4);
  const monthEnd = sql`(date_trunc('month', to_date(${month}, 'YYYY-MM')) + interval '1 month - 1 day')::date`;
  return queryRows<Raw>(
    t.database.db,
    sql`select ${sql.raw(groupKey)}::text as key, count(*)::int as projects,
      coalesce(sum((select planned_fen from project_annual_plans a where a.project_id = p.id and a.year = ${Number(year)})), 0)::text as planned,
      coalesce(sum((select sum(invested_fen) from progress_reports r where r.project_id = p.id and r.current
        and r.month between ${`${year}-01`} and ${month})), 0)::text as ytd,
      coalesce(sum((select invested_fen from progress_reports r where r.project_id = p.id and r.current and r.month = ${month})), 0)::text as month_fen,
      (count(*) filter (where extract(year from p.planned_start) = ${Number(year)}))::int as starts_planned,
      (count(*) filter (where extract(year from p.planned_start) = ${Number(year)} and p.planned_start <= ${monthEnd}
        and p.actual_start <= ${monthEnd}))::int as started
    from projects p where ${where} group by 1 order by 1`,
  );
}

function expectMatches(d: Dashboard, raw: Raw[]) {
  expect(d.groups.map((g) => g.key)).toEqual(raw.map((r) => r.key));
  for (const r of raw) {
    const g = d.groups.find((x) => x.key === r.key)!;
    expect({
      projects: g.projects,
      planned: g.plannedFen,
      ytd: g.yearToDateFen,
      month: g.monthFen,
      startsPlanned: g.startsPlannedYear,
      started: g.started,
    }).toEqual({
      projects: r.projects,
      planned: r.planned,
      ytd: r.ytd,
      month: r.month_fen,
      startsPlanned: r.starts_planned,
      started: r.started,
    });
    const rate = Number(r.planned) ? Math.round((Number(r.ytd) / Number(r.planned)) * 1000) / 10 : null;
    expect(g.completionRate).toBe(rate);
  }
}

describe("dispatch dashboard", () => {
  it("matches, for 2021-06 by sector, figures recomputed from the raw reports, and the warning board's counts", async () => {
    const d = await dashboard(admin, "2021-06");
    expectMatches(d, await rawFigures("p.sector_code", "2021-06"));
    expect(d.totals.projects).toBe(375);
    const w = (await admin({ method: "GET", url: "/api/v1/warnings?month=2021-06" })).json<Warnings>();
    expect({ red: d.totals.red, yellow: d.totals.yellow, green: d.totals.green }).toEqual(w.summary);
    expect(d.series.map((s) => s.month)).toEqual([
      "2021-01",
      "2021-02",
      "2021-03",
      "2021-04",
      "2021-05",
      "2021-06",
    ]);
    expect(d.series.at(-1)!.yearToDateFen).toBe(d.totals.yearToDateFen);
    expect(d.groups.every((g) => g.zh.length > 0 && g.en.length > 0)).toBe(true);
  });

  it("gives a district only its own projects, and an owner only its own", async () => {
    const yubei = await dashboard(await t.as("yubei"), "2021-06", "district");
    const [district] = await queryRows<{ code: string }>(
      t.database.db,
      sql`select o.district_code as code from users u join organisations o on o.id = u.organisation_id where u.username = 'yubei'`,
    );
    expectMatches(
      yubei,
      await rawFigures("p.district_code", "2021-06", sql`p.district_code = ${district!.code}`),
    );

    const owner = await dashboard(await t.as("owner1"), "2021-06", "special");
    const [org] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select organisation_id as id from users where username = 'owner1'`,
    );
    expectMatches(owner, await rawFigures("p.special_code", "2021-06", sql`p.owner_id = ${org!.id}`));
    expect(owner.totals.projects).toBeLessThan(375);
  });

  it("sums districts into the regions they belonged to, and groups by stage, level and department", async () => {
    const byDistrict = await dashboard(admin, "2021-06", "district");
    const byRegion = await dashboard(admin, "2021-06", "region");
    expect(byRegion.groups.map((g) => g.key).sort()).toEqual(["主城都市区", "渝东北", "渝东南"]);
    const sum = (d: Dashboard) => d.groups.reduce((n, g) => n + BigInt(g.yearToDateFen), 0n);
    expect(sum(byRegion)).toBe(sum(byDistrict));
    for (const groupBy of ["stage", "level", "department"]) {
      const d = await dashboard(admin, "2021-06", groupBy);
      expect(d.groups.reduce((n, g) => n + g.projects, 0)).toBe(375);
    }
  });

  it("follows a new report at once, and keeps rollups equal to a rebuild from scratch", async () => {
    const [p] = await queryRows<{ id: number; invested: string; pct: number }>(
      t.database.db,
      sql`select p.id, r.invested_fen::text as invested, r.progress_pct as pct from projects p
        join organisations o on o.id = p.owner_id join users u on u.organisation_id = o.id and u.username = 'owner1'
        join progress_reports r on r.project_id = p.id and r.current and r.month = '2022-06'
        where p.completed_investment_fen + 100000 <= p.total_investment_fen order by p.id limit 1`,
    );
    const before = await dashboard(admin, "2022-06");
    const owner1 = await t.as("owner1");
    const res = await owner1({
      method: "POST",
      url: `/api/v1/projects/${p!.id}/reports`,
      payload: { month: "2022-06", investedFen: String(BigInt(p!.invested) + 100000n), progressPct: p!.pct },
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = await dashboard(admin, "2022-06");
    expect(BigInt(after.totals.yearToDateFen) - BigInt(before.totals.yearToDateFen)).toBe(100000n);
    expect(BigInt(after.totals.monthFen) - BigInt(before.totals.monthFen)).toBe(100000n);

    const snapshot = () =>
      queryRows(
        t.database.db,
        sql`select * from dispatch_rollups where projects > 0 order by month, scope_kind, scope_key, dim, key`,
      );
    const kept = await snapshot();
    await t.database.db.transaction((tx) => rebuildDispatch(tx));
    expect(await snapshot()).toEqual(kept);
  });

  it("turns unreported building projects red once the month's deadline has passed", async () => {
    t.clock.now = new Date("2022-12-31T10:00:00+08:00");
    const open = await dashboard(admin, "2022-12");
    expect(open.reportDueDate).toBe("2023-01-05");
    const unreported = open.totals.reportsDue - open.totals.reported;
    expect(unreported).toBeGreaterThan(0);
    t.clock.now = new Date("2023-01-06T09:00:00+08:00");
    const later = await t.as("admin");
    const late = await dashboard(later, "2022-12");
    expect(late.totals.red).toBeGreaterThan(open.totals.red);
    expect(late.totals.red + late.totals.yellow + late.totals.green).toBe(375);
    const w = (await later({ method: "GET", url: "/api/v1/warnings?month=2022-12" })).json<Warnings>();
    expect({ red: late.totals.red, yellow: late.totals.yellow, green: late.totals.green }).toEqual(w.summary);
    t.clock.now = new Date("2022-12-31T10:00:00+08:00");
    admin = await t.as("admin");
  });

  it("flags a project yellow once a coordination problem on it is overdue, on the board and in the counts", async () => {
    t.clock.now = new Date("2023-01-20T10:00:00+08:00");
    const city = await t.as("admin");
    await dashboard(city, "2023-01");
    const [green] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select project_id as id from dispatch_facts where month = '2023-01' and base_level = 'green'
        and project_id not in (select project_id from approval_items where completed_on is null)
        order by project_id limit 1`,
    );
    const before = await dashboard(city, "2023-01");
    const raised = await city({
      method: "POST",
      url: `/api/v1/projects/${green!.id}/problems`,
      payload: {
        category: "power",
        title: "专线供电未接入",
        responsibleUnit: "国网重庆电力",
        dueDate: "2023-01-25",
      },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    expect((await dashboard(city, "2023-01")).totals).toEqual(before.totals);
    // As if it had been raised earlier with a due date now past.
    await t.database.db.execute(
      sql`update coordination_problems set due_date = '2023-01-10', raised_at = '2023-01-02T09:00:00+08:00'
        where id = ${raised.json<{ id: number }>().id}`,
    );
    const after = await dashboard(city, "2023-01");
    expect(after.totals.yellow - before.totals.yellow).toBe(1);
    expect(before.totals.green - after.totals.green).toBe(1);
    const w = (await city({ method: "GET", url: "/api/v1/warnings?month=2023-01" })).json<Warnings>();
    expect({ red: after.totals.red, yellow: after.totals.yellow, green: after.totals.green }).toEqual(
      w.summary,
    );
    const flagged = w.projects.find((p) => p.id === green!.id);
    expect(flagged?.level).toBe("yellow");
    expect(flagged?.reasons.map((r) => r.rule)).toEqual(["coordination_overdue"]);
    expect(flagged?.reasons[0]?.numbers).toMatchObject({ daysOverdue: 10, dueDate: "2023-01-10" });
    t.clock.now = new Date("2022-12-31T10:00:00+08:00");
    admin = await t.as("admin");
  });

  it("counts a project with an approval past its target, as the board lists it with the working days over", async () => {
    const w = (await admin({ method: "GET", url: "/api/v1/warnings?month=2022-12" })).json<Warnings>();
    const late = w.projects.filter((p) => p.reasons.some((r) => r.rule === "approval_overdue"));
    const [open] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(distinct project_id)::int as n from approval_items where completed_on is null and submitted_on <= '2022-12-31'`,
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThanOrEqual(open!.n);
    const reason = late[0]!.reasons.find((r) => r.rule === "approval_overdue")!;
    expect(Number(reason.numbers.workingDaysOverdue)).toBeGreaterThan(0);
    expect(reason.zh).toContain("工作日");
    const d = await dashboard(admin, "2022-12");
    expect({ red: d.totals.red, yellow: d.totals.yellow, green: d.totals.green }).toEqual(w.summary);
  });

  it("refuses a future month or one before the plan, naming the field", async () => {
    for (const month of ["2023-02", "2019-12"]) {
      const res = await admin({ method: "GET", url: `/api/v1/dashboard?month=${month}` });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe("month");
    }
  });
});
