import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVAL_STATUSES, type ApprovalStatus } from "../domain/approvals/rules.js";
import type { Approval, ApprovalPage, ApprovalSummary, CalendarYear } from "../domain/contracts/approvals.js";
import type { ApiError } from "../domain/contracts/common.js";
import type { IndicatorList } from "../domain/contracts/indicators.js";
import { overdueApprovals } from "../store/approvals.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { testContext } from "../testing/database.js";
import { loadReference } from "./seed.js";

let t: TestApp;
const as: Record<string, Client> = {};
let ownProject: number;
let otherProject: number;
let yubeiProject: number;
let wanzhouProject: number;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
const one = async <T>(query: ReturnType<typeof sql>) => (await rows<T>(query))[0]!;

beforeAll(async () => {
  t = await seededApp();
  for (const u of ["admin", "yubei", "owner1", "bank", "auditor", "dept"]) as[u] = await t.as(u);
  const owner = await one<{ id: number }>(
    sql`select organisation_id as id from users where username = 'owner1'`,
  );
  const first = async (where: ReturnType<typeof sql>) =>
    (await one<{ id: number }>(sql`select id from projects where ${where} order by id limit 1`)).id;
  ownProject = await first(sql`owner_id = ${owner.id}`);
  otherProject = await first(sql`owner_id <> ${owner.id}`);
  yubeiProject = await first(sql`district_code = '500112'`);
  wanzhouProject = await first(sql`district_code = '500101'`);
});
afterAll(() => t.close());

/**
 * Working days of each item computed here without the product's code: walk every day after the
 * submission up to the completion (or the date given) and keep those that are weekdays not listed
 * as holidays, or listed as make-up working days.
 */
const elapsedSql = (
  end: ReturnType<typeof sql>,
) => sql`(select count(*)::int from generate_series(a.submitted_on + 1, ${end}, interval '1 day') g(d)
  where (extract(isodow from g.d) < 6 and not exists (select 1 from calendar_days c where c.day = g.d::date and c.kind = 'holiday'))
     or exists (select 1 from calendar_days c where c.day = g.d::date and c.kind = 'workday'))`;

/** The API shows percentages rounded down to one decimal. */
const tenthsDown = (ratio: number) => (Math.floor(ratio * 1000 + 1e-6) / 10).toFixed(1);

interface Recomputed {
  grp: string | null;
  n: number;
  within: number;
  median: number;
}

async function recomputed(from: string, to: string, where = sql`true`) {
  const base = sql`select a.*, ${elapsedSql(sql`a.completed_on`)} as elapsed
    from approval_items a join projects p on p.id = a.project_id
    where a.completed_on between ${from}::date and ${to}::date and ${where}`;
  const grouped = (key: ReturnType<typeof sql>) =>
    rows<Recomputed>(sql`select ${key} as grp, count(*)::int as n,
        count(*) filter (where elapsed <= target_days)::int as within,
        percentile_cont(0.5) within group (order by 1 - elapsed::float8 / statutory_days) as median
      from (${base}) i group by 1 order by 1`);
  return {
    overall: (await grouped(sql`null::text`))[0],
    byBody: await grouped(sql`approving_body`),
    byKind: await grouped(sql`kind`),
  };
}

async function summary(client: Client, from: string, to: string): Promise<ApprovalSummary> {
  const res = await client({ method: "GET", url: `/api/v1/approvals/summary?from=${from}&to=${to}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ApprovalSummary>();
}

async function board(client: Client, query: string): Promise<Approval[]> {
  const items: Approval[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/approvals?limit=200&${query}${cursor ? `&cursor=${cursor}` : ""}`;
    const res = await client({ method: "GET", url });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<ApprovalPage>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const stored = () =>
  one<{ items: number; days: number; audit: number }>(
    sql`select (select count(*) from approval_items)::int as items, (select count(*) from calendar_days)::int as days,
               (select count(*) from audit_log where outcome = 'ok')::int as audit`,
  );

const record = (client: Client, projectId: number, payload: Record<string, unknown>) =>
  client({ method: "POST", url: `/api/v1/projects/${projectId}/approvals`, payload });

describe("the seeded calendar and demo approvals", () => {
  it("loads the 2020–2022 holidays and make-up days once, however often the reference is loaded", async () => {
    const before = await stored();
    expect(before.days).toBe(112);
    await loadReference(testContext(t.database));
    expect((await stored()).days).toBe(112);
    const year = (await as.admin!({ method: "GET", url: "/api/v1/calendar?year=2021" })).json<CalendarYear>();
    expect(year).toMatchObject({ year: 2021, editable: false, source: "state_council", workingDays: 250 });
    expect(year.days.find((d) => d.day === "2021-02-20")).toMatchObject({ kind: "workday", weekend: true });
  });

  it("gives the demo projects approval items, some open and overdue on the demo date", async () => {
    const counts = await one<{ items: number; projects: number; open: number }>(
      sql`select count(*)::int as items, count(distinct project_id)::int as projects,
                 count(*) filter (where completed_on is null)::int as open from approval_items`,
    );
    expect(counts.projects).toBeGreaterThanOrEqual(100);
    expect(counts.open).toBeGreaterThanOrEqual(10);
    const overdue = await board(as.admin!, "status=open_overdue");
    expect(overdue.length).toBeGreaterThan(0);
  });
});

describe("the SLA figures", () => {
  it("equal a recount of working days made in SQL with generate_series and the calendar table", async () => {
    for (const [from, to] of [
      ["2020-01-01", "2020-12-31"],
      ["2021-01-01", "2022-12-31"],
      ["2022-02-01", "2022-10-31"],
    ] as const) {
      const api = await summary(as.admin!, from, to);
      const expected = await recomputed(from, to);
      expect(api.wholePlan).toBe(true);
      expect(api.overall.completed).toBe(expected.overall!.n);
      expect(api.overall.completed).toBeGreaterThan(20);
      expect(api.overall.withinTarget).toBe(expected.overall!.within);
      expect(api.overall.medianSpeedupPct).toBe(tenthsDown(expected.overall!.median));
      expect(api.overall.withinTargetPct).toBe(tenthsDown(expected.overall!.within / expected.overall!.n));
      expect(api.overall.meetsPlan).toBe(expected.overall!.median >= 0.5);
      const byBody = Object.fromEntries(api.byBody.map((b) => [b.body, b]));
      expect(Object.keys(byBody).sort()).toEqual(expected.byBody.map((b) => b.grp).sort());
      for (const e of expected.byBody) {
        expect(byBody[e.grp!]).toMatchObject({ completed: e.n, withinTarget: e.within });
        expect(byBody[e.grp!]!.medianSpeedupPct, e.grp!).toBe(tenthsDown(e.median));
      }
      const byKind = Object.fromEntries(api.byKind.map((k) => [k.kind, k]));
      for (const e of expected.byKind) {
        expect(byKind[e.grp!]).toMatchObject({ completed: e.n, withinTarget: e.within });
        expect(byKind[e.grp!]!.medianSpeedupPct, e.grp!).toBe(tenthsDown(e.median));
      }
    }
  });

  it("counts the open items by where they stand on the period's end, recounted in SQL", async () => {
    const api = await summary(as.admin!, "2022-01-01", "2022-12-31");
    const expected = await one<{ total: number; overdue: number; risk: number }>(
      sql`select count(*)::int as total, count(*) filter (where e > target_days)::int as overdue,
                 count(*) filter (where e <= target_days and e * 5 >= target_days * 4)::int as risk
          from (select a.*, ${elapsedSql(sql`date '2022-12-31'`)} as e from approval_items a
                where a.submitted_on <= date '2022-12-31' and (a.completed_on is null or a.completed_on > date '2022-12-31')) x`,
    );
    expect(api.open).toMatchObject({
      total: expected.total,
      overdue: expected.overdue,
      atRisk: expected.risk,
    });
    expect(api.open.total).toBe(api.open.withinTarget + api.open.atRisk + api.open.overdue);
    expect(api.calendarMissingYears).toEqual([]);
    expect((await summary(as.admin!, "2022-06-01", "2023-03-31")).calendarMissingYears).toEqual([2023]);
  });

  it("gives a district its own figures only, recounted over its projects", async () => {
    const api = await summary(as.yubei!, "2020-01-01", "2022-12-31");
    const expected = await recomputed("2020-01-01", "2022-12-31", sql`p.district_code = '500112'`);
    expect(api.wholePlan).toBe(false);
    expect(api.overall.completed).toBe(expected.overall?.n ?? 0);
    expect(api.overall.withinTarget).toBe(expected.overall?.within ?? 0);
  });

  it("computes the plan's APPROVAL_SPEEDUP indicator as the median speed-up of the period", async () => {
    const res = await as.admin!({ method: "GET", url: "/api/v1/indicators?period=2022" });
    const speedup = res.json<IndicatorList>().items.find((i) => i.code === "APPROVAL_SPEEDUP")!;
    const year = await summary(as.admin!, "2022-01-01", "2022-12-31");
    expect(speedup.computed).toMatchObject({ approximate: false, wholePlan: true });
    expect(Number(speedup.computed?.value)).toBe(Number(year.overall.medianSpeedupPct));
    expect(speedup.computed?.rule.zh).toContain("中位数");
    expect(speedup.progress.basis).toBe("computed");
    expect(Number(speedup.progress.value)).toBe(Number(year.overall.medianSpeedupPct));
    expect(speedup.progress.status).toBe(year.overall.meetsPlan ? "met" : "behind");
    const june = (await as.admin!({ method: "GET", url: "/api/v1/indicators?period=2022-06" }))
      .json<IndicatorList>()
      .items.find((i) => i.code === "APPROVAL_SPEEDUP")!;
    const juneMedian = (await summary(as.admin!, "2022-06-01", "2022-06-30")).overall.medianSpeedupPct;
    expect(june.computed === null ? null : Number(june.computed.value)).toBe(
      juneMedian === null ? null : Number(juneMedian),
    );
  });
});

describe("the board", () => {
  it("filters by status in SQL exactly as each item's own status reads, and splits every item once", async () => {
    const all = await board(as.admin!, "");
    expect(all.length).toBe((await stored()).items);
    const seen = new Map<ApprovalStatus, number>();
    for (const status of APPROVAL_STATUSES) {
      const items = await board(as.admin!, `status=${status}`);
      for (const i of items) expect(i.status, `${i.id}`).toBe(status);
      seen.set(status, items.length);
    }
    for (const status of APPROVAL_STATUSES)
      expect(seen.get(status)).toBe(all.filter((i) => i.status === status).length);
    const overdue = await board(as.admin!, "overdue=true");
    expect(overdue.length).toBe((seen.get("open_overdue") ?? 0) + (seen.get("done_late") ?? 0));
    const open = await board(as.admin!, "status=open");
    expect(open.every((i) => i.completedOn === null)).toBe(true);
  });

  it("shows working days used, the due dates and the speed-up of a done item, recounted in SQL", async () => {
    const item = (await board(as.admin!, "status=done_late"))[0]!;
    const row = await one<{ e: number }>(
      sql`select ${elapsedSql(sql`a.completed_on`)} as e from approval_items a where a.id = ${item.id}`,
    );
    expect(item.elapsedDays).toBe(row.e);
    expect(item.workingDaysOverdue).toBe(row.e - item.targetDays);
    expect(item.completedOn! > item.targetDue).toBe(true);
    expect(item.speedupPct).toBe(tenthsDown(1 - row.e / item.statutoryDays));
  });

  it("filters by kind, approving body and district", async () => {
    const permits = await board(as.admin!, "kind=construction_permit");
    expect(permits.length).toBeGreaterThan(0);
    expect(permits.every((i) => i.kind === "construction_permit")).toBe(true);
    const body = permits[0]!.approvingBody;
    const ofBody = await board(as.admin!, `body=${encodeURIComponent(body)}`);
    expect(ofBody.every((i) => i.approvingBody === body)).toBe(true);
    const yubei = await board(as.admin!, "district=500112");
    expect(yubei.every((i) => i.project.districtCode === "500112")).toBe(true);
  });

  it("shows a district only the items of its projects", async () => {
    const items = await board(as.yubei!, "");
    const expected = await one<{ n: number }>(
      sql`select count(*)::int as n from approval_items a join projects p on p.id = a.project_id where p.district_code = '500112'`,
    );
    expect(items.length).toBe(expected.n);
    expect(items.every((i) => i.project.districtCode === "500112")).toBe(true);
    const res = await as.yubei!({ method: "GET", url: `/api/v1/projects/${wanzhouProject}/approvals` });
    expect(res.statusCode).toBe(404);
  });

  it("matches the overdue list handed to the dispatch warnings", async () => {
    const apiOverdue = await board(as.admin!, "status=open_overdue");
    const listed = await overdueApprovals(t.database.db, undefined, "2022-12-31");
    expect(listed).toHaveLength(apiOverdue.length);
    for (const o of listed) {
      const match = apiOverdue.find(
        (i) => i.project.id === o.projectId && i.kind === o.kind && i.submittedOn === o.submittedOn,
      )!;
      expect(match).toBeDefined();
      expect(o).toMatchObject({ targetDue: match.targetDue, workingDaysOverdue: match.workingDaysOverdue });
    }
    const inYubei = await overdueApprovals(t.database.db, sql`district_code = '500112'`, "2022-12-31");
    const yubeiIds = new Set((await board(as.yubei!, "status=open_overdue")).map((i) => i.project.id));
    expect(inYubei.every((o) => yubeiIds.has(o.projectId))).toBe(true);
    expect(inYubei).toHaveLength((await board(as.yubei!, "status=open_overdue")).length);
  });
});

describe("recording, completing and editing", () => {
  let created: Approval;

  it("lets an owner record an item on its own project, with the kind's defaults, audited", async () => {
    const before = await stored();
    const res = await record(as.owner1!, ownProject, {
      kind: "construction_permit",
      submittedOn: "2022-12-29",
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json<Approval>();
    expect(created).toMatchObject({
      kind: "construction_permit",
      statutoryDays: 7,
      targetDays: 3,
      completedOn: null,
      version: 1,
      createdBy: "owner1",
      status: "open_within_target",
      elapsedDays: 1,
    });
    // Thursday 2022-12-29 + 3 working days (2023 has no holidays listed yet).
    expect(created.targetDue).toBe("2023-01-03");
    expect(created.approvingBody).toMatch(/住房城乡建委$/);
    expect(await stored()).toMatchObject({ items: before.items + 1, audit: before.audit + 1 });
    const audit = await one<{ action: string; actor_username: string }>(
      sql`select action, actor_username from audit_log where entity_type = 'approval' and entity_id = ${String(created.id)}`,
    );
    expect(audit).toEqual({ action: "approval.recorded", actor_username: "owner1" });
  });

  it("refuses an owner on another's project with 404, the bank and the auditor with 403, storing nothing", async () => {
    const before = await stored();
    const denied = () =>
      one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'access.denied'`);
    const deniedBefore = (await denied()).n;
    const payload = { kind: "filing", submittedOn: "2022-12-01" };
    expect((await record(as.owner1!, otherProject, payload)).statusCode).toBe(404);
    expect((await record(as.yubei!, wanzhouProject, payload)).statusCode).toBe(404);
    expect((await record(as.bank!, yubeiProject, payload)).statusCode).toBe(403);
    expect((await record(as.auditor!, yubeiProject, payload)).statusCode).toBe(403);
    expect((await stored()).items).toBe(before.items);
    expect((await denied()).n).toBe(deniedBefore + 4);
  });

  it("lets the district record on its project with its own limits", async () => {
    const res = await record(as.yubei!, yubeiProject, {
      kind: "eia",
      approvingBody: "渝北区生态环境局",
      statutoryDays: 60,
      targetDays: 20,
      submittedOn: "2022-11-01",
      completedOn: "2022-11-25",
      note: "环境影响报告书",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Approval>()).toMatchObject({
      targetDays: 20,
      status: "done_within_target",
      elapsedDays: 18,
    });
  });

  it("completes an item with its version, audited with before and after", async () => {
    const res = await as.owner1!({
      method: "PATCH",
      url: `/api/v1/approvals/${created.id}`,
      payload: { version: 1, completedOn: "2022-12-30" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    const done = res.json<Approval>();
    expect(done).toMatchObject({
      version: 2,
      completedOn: "2022-12-30",
      status: "done_within_target",
      elapsedDays: 1,
    });
    expect(done.speedupPct).toBe("85.7");
    const audit = await one<{ before: { completedOn: string | null }; after: { completedOn: string } }>(
      sql`select before, after from audit_log where entity_type = 'approval' and entity_id = ${String(created.id)} and action = 'approval.completed'`,
    );
    expect(audit.before.completedOn).toBeNull();
    expect(audit.after.completedOn).toBe("2022-12-30");
  });

  it("answers a stale version with 409, the current state and what changed, storing nothing", async () => {
    const before = await stored();
    const res = await as.admin!({
      method: "PATCH",
      url: `/api/v1/approvals/${created.id}`,
      headers: { "if-match": '"1"' },
      payload: { note: "市发展改革委补充说明" },
    });
    expect(res.statusCode, res.body).toBe(409);
    const body = res.json<ApiError & { current: Approval; changedFields: string[] }>();
    expect(body.error).toMatchObject({ code: "version_conflict", field: "version" });
    expect(body.error.message).toMatch(/第 1 版/);
    expect(body.current).toMatchObject({ version: 2, completedOn: "2022-12-30" });
    expect(body.changedFields).toContain("completedOn");
    expect(await stored()).toEqual(before);
    const row = await one<{ note: string; version: number }>(
      sql`select note, version from approval_items where id = ${created.id}`,
    );
    expect(row).toEqual({ note: "", version: 2 });
  });

  it("resets the target to half a new statutory limit, and reopens an item", async () => {
    const res = await as.admin!({
      method: "PATCH",
      url: `/api/v1/approvals/${created.id}`,
      payload: { version: 2, statutoryDays: 15, completedOn: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Approval>()).toMatchObject({
      statutoryDays: 15,
      targetDays: 7,
      completedOn: null,
      version: 3,
    });
    const actions = await rows<{ action: string }>(
      sql`select action from audit_log where entity_type = 'approval' and entity_id = ${String(created.id)} and outcome = 'ok' order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "approval.recorded",
      "approval.completed",
      "approval.reopened",
    ]);
  });

  it("names the bad field in both languages and stores nothing", async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "filing", submittedOn: "2023-01-03" }, "submittedOn"],
      [{ kind: "filing", submittedOn: "2022-02-30" }, "submittedOn"],
      [{ kind: "filing", submittedOn: "2022-12-01", completedOn: "2022-11-30" }, "completedOn"],
      [{ kind: "approval", submittedOn: "2022-12-01", targetDays: 11 }, "targetDays"],
      [{ kind: "approval", submittedOn: "2022-12-01", statutoryDays: 0 }, "statutoryDays"],
      [{ kind: "permit", submittedOn: "2022-12-01" }, "kind"],
      [{ kind: "filing", submittedOn: "2022-12-01", approvingBody: " " }, "approvingBody"],
      [{ kind: "filing", submittedOn: "2022-12-01", extra: 1 }, ""],
      [{ submittedOn: "2022-12-01" }, "kind"],
    ];
    for (const [payload, field] of cases) {
      const res = await record(as.admin!, yubeiProject, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const error = res.json<ApiError>().error;
      if (field) expect(error.field, JSON.stringify(payload)).toBe(field);
      else expect(error.field ?? error.details?.[0]?.field).toBeTruthy();
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn.length).toBeGreaterThan(0);
    }
    const patch = await as.admin!({
      method: "PATCH",
      url: `/api/v1/approvals/${created.id}`,
      payload: { version: 3, targetDays: 8 },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json<ApiError>().error.field).toBe("targetDays");
    const noVersion = await as.admin!({
      method: "PATCH",
      url: `/api/v1/approvals/${created.id}`,
      payload: { note: "x" },
    });
    expect(noVersion.json<ApiError>().error.field).toBe("version");
    for (const q of ["from=2022-13-01", "from=2022-06-01&to=2022-01-01", "to=1999-12-31"]) {
      const res = await as.admin!({ method: "GET", url: `/api/v1/approvals/summary?${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(res.json<ApiError>().error.field).toMatch(/^(from|to)$/);
    }
    expect(await stored()).toEqual(before);
  });
});

describe("keeping the calendar", () => {
  it("lets the city list a holiday in a later year, which the working-day counts then follow", async () => {
    const before = await stored();
    const res = await as.admin!({
      method: "PUT",
      url: "/api/v1/calendar/days/2023-01-23",
      payload: { kind: "holiday", name: "春节" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const year = res.json<CalendarYear>();
    expect(year).toMatchObject({ year: 2023, editable: true, source: "city" });
    // 2023 has 260 weekdays; one listed holiday on a Monday takes one off.
    expect(year.workingDays).toBe(259);
    const workday = await as.admin!({
      method: "PUT",
      url: "/api/v1/calendar/days/2023-01-28",
      payload: { kind: "workday", name: "春节调休上班" },
    });
    expect(workday.json<CalendarYear>().workingDays).toBe(260);
    expect(await stored()).toMatchObject({ days: before.days + 2, audit: before.audit + 2 });
    const audit = await rows<{ action: string; entity_id: string; actor_username: string }>(
      sql`select action, entity_id, actor_username from audit_log where entity_type = 'calendar_day' order by seq`,
    );
    expect(audit).toEqual([
      { action: "calendar_day.added", entity_id: "2023-01-23", actor_username: "admin" },
      { action: "calendar_day.added", entity_id: "2023-01-28", actor_username: "admin" },
    ]);
    const removed = await as.admin!({ method: "DELETE", url: "/api/v1/calendar/days/2023-01-28" });
    expect(removed.json<CalendarYear>().workingDays).toBe(259);
    expect((await stored()).days).toBe(before.days + 1);
  });

  it("refuses the notices' years, a make-up day on a weekday, other roles, and days not listed", async () => {
    const before = await stored();
    const fixed = await as.admin!({
      method: "PUT",
      url: "/api/v1/calendar/days/2022-10-10",
      payload: { kind: "holiday", name: "国庆节" },
    });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json<ApiError>().error).toMatchObject({ code: "calendar_fixed", field: "day" });
    const weekday = await as.admin!({
      method: "PUT",
      url: "/api/v1/calendar/days/2023-05-04",
      payload: { kind: "workday", name: "调休" },
    });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json<ApiError>().error.field).toBe("kind");
    const notADay = await as.admin!({
      method: "PUT",
      url: "/api/v1/calendar/days/2023-02-29",
      payload: { kind: "holiday", name: "x" },
    });
    expect(notADay.statusCode).toBe(400);
    expect(notADay.json<ApiError>().error.field).toBe("day");
    const district = await as.yubei!({
      method: "PUT",
      url: "/api/v1/calendar/days/2023-10-02",
      payload: { kind: "holiday", name: "国庆节" },
    });
    expect(district.statusCode).toBe(403);
    const missing = await as.admin!({ method: "DELETE", url: "/api/v1/calendar/days/2023-03-01" });
    expect(missing.statusCode).toBe(404);
    expect(await stored()).toMatchObject({ days: before.days, items: before.items });
  });
});
