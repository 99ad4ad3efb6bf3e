import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { ProblemDetail, ProblemPage } from "../domain/contracts/problems.js";
import { encodeCursor } from "../domain/cursor.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { testContext } from "../testing/database.js";
import type { Actor } from "./context.js";
import { escalateOverdue, openProblems, problemCounts } from "./problems.js";

let t: TestApp;
const as: Record<string, Client> = {};
let yubeiProject: number;
let wanzhouProject: number;

const DEMO_TODAY = new Date("2022-12-31T10:00:00+08:00");

beforeAll(async () => {
  t = await seededApp();
  for (const u of ["admin", "yubei", "wanzhou", "dept", "bank", "auditor"]) as[u] = await t.as(u);
  const first = async (district: string) => {
    const [row] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select id from projects where district_code = ${district} order by id limit 1`,
    );
    return row!.id;
  };
  yubeiProject = await first("500112");
  wanzhouProject = await first("500101");
});
afterAll(() => t.close());

const problem = {
  category: "power",
  title: "数据中心外部供电线路未落地",
  description: "110kV 专线路径尚未批复，影响设备调试",
  responsibleUnit: "国网重庆市电力公司渝北供电分公司",
  dueDate: "2023-01-20",
};

async function raise(client: Client, projectId: number, body: Record<string, unknown> = problem) {
  return client({ method: "POST", url: `/api/v1/projects/${projectId}/problems`, payload: body });
}

const stored = async () =>
  (
    await queryRows<{ problems: number; events: number }>(
      t.database.db,
      sql`select (select count(*) from coordination_problems)::int as problems, (select count(*) from problem_events)::int as events`,
    )
  )[0]!;

const auditOf = (id: number) =>
  queryRows<{ action: string; actor_username: string; details: Record<string, unknown> | null }>(
    t.database.db,
    sql`select action, actor_username, details from audit_log where entity_type = 'problem' and entity_id = ${String(id)} order by seq`,
  );

describe("coordination problems", () => {
  let id: number;

  it("lets a district raise a problem on its project, at the owner tier, audited with the raiser", async () => {
    const res = await raise(as.yubei!, yubeiProject);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<ProblemDetail>();
    id = created.id;
    expect(created).toMatchObject({
      project: { id: yubeiProject, districtCode: "500112" },
      category: "power",
      status: "open",
      tier: "owner",
      version: 1,
      overdue: false,
      daysOverdue: 0,
      raisedBy: { username: "yubei" },
    });
    expect(created.events.map((e) => [e.kind, e.toTier, e.by?.username])).toEqual([
      ["raised", "owner", "yubei"],
    ]);
    expect(await auditOf(id)).toEqual([
      { action: "problem.raised", actor_username: "yubei", details: { projectId: yubeiProject } },
    ]);
  });

  it("answers another district with 404 for the problem and its project, and records the attempt", async () => {
    const read = await as.wanzhou!({ method: "GET", url: `/api/v1/problems/${id}` });
    expect(read.statusCode).toBe(404);
    const comment = await as.wanzhou!({
      method: "POST",
      url: `/api/v1/problems/${id}/comments`,
      payload: { text: "越权评论" },
    });
    expect(comment.statusCode).toBe(404);
    expect((await raise(as.wanzhou!, yubeiProject)).statusCode).toBe(404);
    const list = (await as.wanzhou!({ method: "GET", url: "/api/v1/problems" })).json<ProblemPage>();
    expect(list.items.map((p) => p.id)).not.toContain(id);
    const denied = await queryRows<{ actor_username: string }>(
      t.database.db,
      sql`select actor_username from audit_log where action = 'access.denied' and entity_type = 'problem' and entity_id = ${String(id)}`,
    );
    expect(denied.map((d) => d.actor_username)).toEqual(["wanzhou", "wanzhou"]);
    expect((await as.yubei!({ method: "GET", url: `/api/v1/problems/${id}` })).statusCode).toBe(200);
  });

  it("refuses bad input naming the field, in both languages, and stores nothing", async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...problem, dueDate: "2022-12-30" }, 422, "dueDate"],
      [{ ...problem, dueDate: "2023-02-30" }, 422, "dueDate"],
      [{ ...problem, tier: "city" }, 422, "tier"],
      [{ ...problem, category: "water" }, 400, "category"],
      [{ ...problem, title: " " }, 400, "title"],
      // Unknown keys are refused for the body as a whole; the message names the key.
      [{ ...problem, extra: 1 }, 400, "body"],
    ];
    for (const [body, status, field] of cases) {
      const res = await raise(as.yubei!, yubeiProject, body);
      expect(res.statusCode, res.body).toBe(status);
      const error = res.json<ApiError>().error;
      expect(error.field ?? error.details?.[0]?.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.messageEn.length).toBeGreaterThan(0);
    }
    const resolveWithoutResult = await as.admin!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "resolved", text: "", version: 1 },
    });
    expect(resolveWithoutResult.statusCode).toBe(422);
    expect(resolveWithoutResult.json<ApiError>().error.field).toBe("text");
    expect(await stored()).toEqual(before);
  });

  it("keeps the bank and the auditor to reading", async () => {
    for (const u of ["bank", "auditor"]) {
      const res = await as[u]!({
        method: "POST",
        url: `/api/v1/problems/${id}/comments`,
        payload: { text: "意见" },
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await as.auditor!({ method: "GET", url: `/api/v1/problems/${id}` })).statusCode).toBe(200);
  });

  it("escalates by hand one tier up with a reason and a new due date; a stale version gets 409", async () => {
    const res = await as.yubei!({
      method: "POST",
      url: `/api/v1/problems/${id}/escalations`,
      payload: { reason: "业主多次协调供电公司未果", version: 1 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const escalated = res.json<ProblemDetail>();
    expect(escalated).toMatchObject({ tier: "district", version: 2, dueDate: "2023-01-10" });
    expect(escalated.events.at(-1)).toMatchObject({
      kind: "escalated",
      fromTier: "owner",
      toTier: "district",
      text: "业主多次协调供电公司未果",
    });

    const before = await stored();
    const stale = await as.admin!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "in_progress", version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const body = stale.json<ApiError & { current: ProblemDetail; changedFields: string[] }>();
    expect(body.error).toMatchObject({ code: "version_conflict", field: "version" });
    expect(body.current).toMatchObject({ tier: "district", version: 2 });
    expect(body.changedFields).toEqual(["dueDate", "tier"]);
    expect(await stored()).toEqual(before);
  });

  it("lets only the tier's own role or the city resolve, with the result; reopening needs a reason", async () => {
    const up = await as.yubei!({
      method: "POST",
      url: `/api/v1/problems/${id}/escalations`,
      payload: { reason: "涉及跨区县线路走廊，需行业主管部门协调", version: 2 },
    });
    expect(up.json<ProblemDetail>().tier).toBe("department");

    const byDistrict = await as.yubei!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "resolved", text: "已协调", version: 3 },
    });
    expect(byDistrict.statusCode).toBe(403);
    expect(byDistrict.json<ApiError>().error.message).toContain("行业主管部门");

    const byCity = await as.admin!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "resolved", text: "市级协调会议明确线路路径，供电公司已开工", version: 3 },
    });
    expect(byCity.statusCode, byCity.body).toBe(200);
    const resolved = byCity.json<ProblemDetail>();
    expect(resolved).toMatchObject({ status: "resolved", version: 4, overdue: false });
    expect(resolved.resolvedAt).not.toBeNull();

    const again = await as.admin!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "resolved", text: "重复", version: 4 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiError>().error.code).toBe("invalid_status_change");

    const reopenSilently = await as.yubei!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "in_progress", version: 4 },
    });
    expect(reopenSilently.statusCode).toBe(422);
    const reopened = await as.yubei!({
      method: "POST",
      url: `/api/v1/problems/${id}/status`,
      payload: { status: "in_progress", text: "线路施工受阻，问题复发", version: 4 },
    });
    expect(reopened.json<ProblemDetail>()).toMatchObject({ status: "in_progress", resolvedAt: null });
    expect(reopened.json<ProblemDetail>().events.map((e) => e.kind)).toEqual([
      "raised",
      "escalated",
      "escalated",
      "status",
      "status",
    ]);
    expect((await auditOf(id)).map((a) => [a.action, a.actor_username])).toEqual([
      ["problem.raised", "yubei"],
      ["access.denied", "wanzhou"],
      ["access.denied", "wanzhou"],
      ["problem.escalated", "yubei"],
      ["problem.escalated", "yubei"],
      ["access.denied", "yubei"],
      ["problem.resolved", "admin"],
      ["problem.reopened", "yubei"],
    ]);
  });

  it("refuses to escalate past the city", async () => {
    const res = await raise(as.admin!, wanzhouProject, { ...problem, tier: "city" });
    const top = res.json<ProblemDetail>();
    expect(top.tier).toBe("city");
    const refused = await as.admin!({
      method: "POST",
      url: `/api/v1/problems/${top.id}/escalations`,
      payload: { reason: "再提级", version: 1 },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiError>().error.code).toBe("not_escalatable");
  });

  it("shows a problem overdue with its days, then escalates it automatically as the system", async () => {
    const res = await raise(as.yubei!, yubeiProject, {
      ...problem,
      category: "land",
      title: "机房用地指标未落实",
      dueDate: "2023-01-05",
    });
    const late = res.json<ProblemDetail>();
    t.clock.now = new Date("2023-01-09T09:00:00+08:00");
    try {
      // Sessions idle for days have expired by then: sign in again on the later day.
      const yubei = await t.as("yubei");
      const listed = await yubei({ method: "GET", url: "/api/v1/problems?overdue=true" });
      expect(listed.statusCode, listed.body).toBe(200);
      const list = listed.json<ProblemPage>();
      expect(list.items.find((p) => p.id === late.id)).toMatchObject({ overdue: true, daysOverdue: 4 });

      const ctx = testContext(t.database, t.clock.now);
      const run = await escalateOverdue(ctx);
      expect(run.asOf).toBe("2023-01-09");
      expect(run.escalated.find((e) => e.id === late.id)).toEqual({
        id: late.id,
        projectId: yubeiProject,
        title: "机房用地指标未落实",
        fromTier: "owner",
        toTier: "district",
        daysOverdue: 4,
        dueDate: "2023-01-19",
      });
      const after = (
        await yubei({ method: "GET", url: `/api/v1/problems/${late.id}` })
      ).json<ProblemDetail>();
      expect(after).toMatchObject({ tier: "district", dueDate: "2023-01-19", overdue: false, version: 2 });
      expect(after.events.at(-1)).toMatchObject({ kind: "auto_escalated", by: null });
      expect(after.events.at(-1)!.text).toContain("已 4 天未解决");
      const audit = (await auditOf(late.id)).at(-1)!;
      expect(audit).toMatchObject({ action: "problem.auto_escalated", actor_username: "system:test" });

      expect((await escalateOverdue(ctx)).escalated.map((e) => e.id)).not.toContain(late.id);
      const user: Actor = {
        kind: "user",
        principal: {
          userId: 1,
          username: "admin",
          organisationId: 1,
          organisationDistrictCode: null,
          roles: ["city_admin"],
        },
        clientIp: "127.0.0.1",
        sessionTokenHash: null,
      };
      await expect(escalateOverdue({ ...ctx, actor: user })).rejects.toMatchObject({ status: 403 });
    } finally {
      t.clock.now = DEMO_TODAY;
    }
  });

  it("pages the list by keyset, earliest due first, and refuses a forged cursor", async () => {
    const seen: { id: number; dueDate: string }[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/problems?limit=1${cursor ? `&cursor=${cursor}` : ""}`;
      const page: ProblemPage = (await as.admin!({ method: "GET", url })).json<ProblemPage>();
      seen.push(...page.items.map((p) => ({ id: p.id, dueDate: p.dueDate })));
      cursor = page.nextCursor;
    } while (cursor);
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from coordination_problems`,
    );
    expect(seen.length).toBe(count!.n);
    const ordered = [...seen].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
    expect(seen).toEqual(ordered);
    const forged = encodeCursor({ sort: "dueDate", order: "asc", key: "2023-01-01", id: 99_999_999_999 });
    const res = await as.admin!({ method: "GET", url: `/api/v1/problems?cursor=${forged}` });
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiError>().error.field).toBe("cursor");
  });

  it("reads open problems and their counts as of a date, within the caller's scope", async () => {
    const [yubei] = await queryRows<{ id: number; organisation_id: number }>(
      t.database.db,
      sql`select id, organisation_id from users where username = 'yubei'`,
    );
    const district: Actor = {
      kind: "user",
      principal: {
        userId: yubei!.id,
        username: "yubei",
        organisationId: yubei!.organisation_id,
        organisationDistrictCode: "500112",
        roles: ["district"],
      },
      clientIp: "127.0.0.1",
      sessionTokenHash: null,
    };
    const ctx = testContext(t.database, DEMO_TODAY, district);
    const open = await openProblems(ctx, { asOf: "2023-01-25" });
    expect(open.every((p) => p.districtCode === "500112")).toBe(true);
    expect(open.map((p) => [p.title, p.tier, p.overdue, p.daysOverdue])).toEqual([
      ["数据中心外部供电线路未落地", "department", true, 15],
      ["机房用地指标未落实", "district", true, 6],
    ]);
    const counts = await problemCounts(ctx, "2023-01-25");
    expect(counts).toMatchObject({
      open: 2,
      overdue: 2,
      byTier: { owner: 0, district: 1, department: 1, city: 0 },
      byCategory: { power: 1, land: 1, funds: 0 },
    });
    expect(await openProblems(ctx, { asOf: "2022-12-30" })).toEqual([]);
    const all = await problemCounts(testContext(t.database), "2023-01-25");
    expect(all.open).toBe(3);
    await expect(openProblems(ctx, { asOf: "2023-13-01" })).rejects.toMatchObject({
      status: 422,
      field: "asOf",
    });
  });
});
