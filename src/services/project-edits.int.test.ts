import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { ProjectDetail } from "../domain/contracts/project.js";
import { makeUscc } from "../domain/uscc.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
let owner: Client;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  owner = await t.as("owner1");
  admin = await t.as("admin");
});
afterAll(() => t.close());

const draft = {
  name: "渝北区城市物联感知平台（一期）",
  specialCode: "NET-1",
  districtCode: "500112",
  level: "district",
  description: "建设全区统一的物联感知接入平台",
  totalInvestmentFen: "12000000000",
  plannedStart: "2023-03-01",
  plannedEnd: "2024-12-31",
  funding: [
    { source: "企业自筹/社会资本", plannedFen: "8000000000", securedFen: "8000000000" },
    { source: "地方政府专项债券", plannedFen: "4000000000", securedFen: "1000000000" },
  ],
  annualPlans: [
    { year: 2023, plannedFen: "5000000000" },
    { year: 2024, plannedFen: "7000000000" },
  ],
};

async function create(client: Client, body: object = draft): Promise<ProjectDetail> {
  const res = await client({ method: "POST", url: "/api/v1/projects", payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProjectDetail>();
}

const move = (client: Client, id: number, body: object) =>
  client({ method: "POST", url: `/api/v1/projects/${id}/transitions`, payload: body });

describe("registering and editing projects", () => {
  it("registers an owner's project in planning under its own organisation", async () => {
    const me = (await owner({ method: "GET", url: "/api/v1/me" })).json<{ organisation: { id: number } }>();
    const p = await create(owner);
    expect(p).toMatchObject({ stage: "planning", version: 1, sectorCode: "NET", planCategory: null });
    expect(p.owner.id).toBe(me.organisation.id);
    expect(p.leadDepartment).not.toBeNull();
    expect(p.funding.map((f) => f.source).sort()).toEqual(["企业自筹/社会资本", "地方政府专项债券"]);
  });

  it("lets the city register for a new owner by USCC, creating the organisation", async () => {
    const uscc = makeUscc("91", "500112", "MA60ABCD");
    const p = await create(admin, {
      ...draft,
      name: "两江数字孪生城市平台",
      ownerUscc: uscc,
      ownerName: "重庆孪生科技有限公司",
    });
    expect(p.owner).toMatchObject({ uscc, name: "重庆孪生科技有限公司" });
    const missing = await admin({
      method: "POST",
      url: "/api/v1/projects",
      payload: { ...draft, name: "无业主项目" },
    });
    expect(missing.json<ApiError>().error.field).toBe("ownerUscc");
  });

  it("names every bad field in both languages and stores nothing", async () => {
    const [before] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects`,
    );
    const res = await owner({
      method: "POST",
      url: "/api/v1/projects",
      payload: {
        ...draft,
        code: "2021-500199-65-01-000001",
        specialCode: "NET-9",
        plannedEnd: "2022-01-01",
        funding: [{ source: "天使投资", plannedFen: "1", securedFen: "2" }],
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<ApiError>().error.details?.map((d) => d.field);
    expect(fields).toEqual(["code", "specialCode", "plannedEnd", "funding.0.source", "funding.0.securedFen"]);
    expect(res.json<ApiError>().error.message).toContain("区划段不是已知的行政区划代码");
    const [after] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects`,
    );
    expect(after!.n).toBe(before!.n);
  });

  it("applies an edit on the current version and answers a stale one with 409, the current state and what changed", async () => {
    const p = await create(owner, { ...draft, name: "渝北区智慧灯杆项目" });
    const first = await owner({
      method: "PATCH",
      url: `/api/v1/projects/${p.id}`,
      payload: { version: 1, name: "渝北区智慧灯杆项目（调整）" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await owner({
      method: "PATCH",
      url: `/api/v1/projects/${p.id}`,
      headers: { "if-match": '"1"' },
      payload: { description: "另一人的修改" },
    });
    expect(stale.statusCode).toBe(409);
    const body = stale.json<ApiError & { current: ProjectDetail; changedFields: string[] }>();
    expect(body.error.code).toBe("version_conflict");
    expect(body.current).toMatchObject({ version: 2, name: "渝北区智慧灯杆项目（调整）" });
    expect(body.changedFields).toEqual(["name"]);
    const noVersion = await owner({
      method: "PATCH",
      url: `/api/v1/projects/${p.id}`,
      payload: { description: "x" },
    });
    expect(noVersion.json<ApiError>().error.field).toBe("version");
  });

  it("never loses an update when two people save the same version at once", async () => {
    const p = await create(owner, { ...draft, name: "并发编辑测试项目" });
    const other = await t.as("owner1");
    const results = await Promise.all([
      owner({
        method: "PATCH",
        url: `/api/v1/projects/${p.id}`,
        payload: { version: 1, description: "甲的修改" },
      }),
      other({
        method: "PATCH",
        url: `/api/v1/projects/${p.id}`,
        payload: { version: 1, totalInvestmentFen: "13000000000" },
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const final = (await owner({ method: "GET", url: `/api/v1/projects/${p.id}` })).json<ProjectDetail>();
    expect(final.version).toBe(2);
    const winner = results.find((r) => r.statusCode === 200)!.json<ProjectDetail>();
    expect(final).toMatchObject({
      description: winner.description,
      totalInvestmentFen: winner.totalInvestmentFen,
    });
    const [updates] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'project.updated' and entity_id = ${String(p.id)}`,
    );
    expect(updates!.n).toBe(1);
  });

  it("keeps edits to the owner's own projects and refuses readers", async () => {
    const p = await create(owner, { ...draft, name: "他人不可改项目" });
    const otherOwner = await t.as("owner2");
    expect(
      (
        await otherOwner({
          method: "PATCH",
          url: `/api/v1/projects/${p.id}`,
          payload: { version: 1, name: "改名" },
        })
      ).statusCode,
    ).toBe(404);
    for (const u of ["yubei", "dept", "auditor", "bank"]) {
      const c = await t.as(u);
      expect(
        (await c({ method: "PATCH", url: `/api/v1/projects/${p.id}`, payload: { version: 1, name: "改名" } }))
          .statusCode,
        u,
      ).toBe(403);
    }
  });

  it("deletes only in planning", async () => {
    const p = await create(owner, { ...draft, name: "可删除项目" });
    const q = await create(owner, { ...draft, name: "已入库项目" });
    expect((await move(owner, q.id, { to: "reserve", reason: "材料齐全，申报入库" })).statusCode).toBe(200);
    const refused = await owner({ method: "DELETE", url: `/api/v1/projects/${q.id}?version=2` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiError>().error.code).toBe("not_deletable");
    expect(
      (await owner({ method: "DELETE", url: `/api/v1/projects/${p.id}`, headers: { "if-match": '"1"' } }))
        .statusCode,
    ).toBe(204);
    expect((await owner({ method: "GET", url: `/api/v1/projects/${p.id}` })).statusCode).toBe(404);
  });
});

describe("the lifecycle", () => {
  it("walks planning → reserve → new start → building → completed with each precondition enforced and the history kept", async () => {
    const p = await create(owner, { ...draft, name: "全生命周期测试项目", plannedStart: null });
    const incomplete = await move(owner, p.id, { to: "reserve", reason: "申报" });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json<ApiError>().error).toMatchObject({
      code: "precondition_failed",
      field: "plannedStart",
    });
    await owner({
      method: "PATCH",
      url: `/api/v1/projects/${p.id}`,
      payload: { version: 1, plannedStart: "2022-03-01" },
    });
    expect(
      (await move(owner, p.id, { to: "reserve", reason: "申报储备" })).json<ProjectDetail>(),
    ).toMatchObject({ stage: "reserve", reserveSince: "2022-12-31" });
    expect((await move(owner, p.id, { to: "new_start", reason: "开工" })).json<ApiError>().error.field).toBe(
      "code",
    );
    await owner({
      method: "PATCH",
      url: `/api/v1/projects/${p.id}`,
      payload: { version: 3, code: "2022-500112-65-03-000777" },
    });
    expect((await move(owner, p.id, { to: "new_start", reason: "取得备案" })).statusCode).toBe(200);
    expect(
      (await move(owner, p.id, { to: "under_construction", reason: "开工" })).json<ApiError>().error.field,
    ).toBe("actualStart");
    expect(
      (await move(owner, p.id, { to: "under_construction", reason: "主体开工", actualStart: "2022-06-01" }))
        .statusCode,
    ).toBe(200);
    const done = await move(owner, p.id, {
      to: "completed",
      reason: "竣工验收",
      actualEnd: "2022-12-20",
      finalInvestmentFen: "11800000000",
    });
    expect(done.json<ProjectDetail>()).toMatchObject({
      stage: "completed",
      actualEnd: "2022-12-20",
      finalInvestmentFen: "11800000000",
    });
    const history = (await owner({ method: "GET", url: `/api/v1/projects/${p.id}/transitions` })).json<{
      items: { from: string; to: string; reason: string; actorUsername: string }[];
    }>();
    expect(history.items.map((h) => `${h.from}→${h.to}`)).toEqual([
      "under_construction→completed",
      "new_start→under_construction",
      "reserve→new_start",
      "planning→reserve",
    ]);
    expect(history.items[0]).toMatchObject({ reason: "竣工验收", actorUsername: "owner1" });
    expect((await move(owner, p.id, { to: "suspended", reason: "x x" })).statusCode).toBe(409);
  });

  it("suspends with a reason and resumes to the stage it left", async () => {
    const p = await create(owner, { ...draft, name: "暂停复工测试项目" });
    await move(owner, p.id, { to: "reserve", reason: "申报储备" });
    expect((await move(owner, p.id, { to: "suspended", reason: "" })).json<ApiError>().error.field).toBe(
      "reason",
    );
    expect(
      (await move(owner, p.id, { to: "suspended", reason: "用地指标未落实" })).json<ProjectDetail>(),
    ).toMatchObject({ stage: "suspended", suspendedFrom: "reserve" });
    expect((await move(owner, p.id, { to: "new_start", reason: "恢复" })).statusCode).toBe(409);
    expect(
      (await move(owner, p.id, { to: "reserve", reason: "指标已落实" })).json<ProjectDetail>(),
    ).toMatchObject({ stage: "reserve", suspendedFrom: null });
  });
});
