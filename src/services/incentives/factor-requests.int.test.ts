import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { FactorRequest } from "../../domain/contracts/incentives.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { reviewableProject } from "../../testing/incentives.js";

let t: TestApp;
let admin: Client;
let owner: Client;
let yubei: Client;
let wanzhou: Client;
let projectId: number;

beforeAll(async () => {
  t = await seededApp();
  [admin, owner, yubei, wanzhou] = await Promise.all([
    t.as("admin"),
    t.as("owner1"),
    t.as("yubei"),
    t.as("wanzhou"),
  ]);
  projectId = await reviewableProject(t, admin, "要素保障测试项目");
});
afterAll(() => t.close());

const raise = (payload: Record<string, unknown>, client = owner) =>
  client({ method: "POST", url: "/api/v1/incentives/factor-requests", payload });
const act = (client: Client, id: number, payload: Record<string, unknown>) =>
  client({ method: "POST", url: `/api/v1/incentives/factor-requests/${id}/events`, payload });

describe("factor requests", () => {
  it("routes a power-supply request to the unit the clause names and tracks it to a result", async () => {
    const res = await raise({
      clause: "P1-4",
      projectId,
      title: "数据中心转改直",
      description: "园区转供电，申请按“转改直”条件改造为直供电",
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<FactorRequest>();
    expect(created).toMatchObject({
      factor: "power_supply",
      responsibleUnit: "市经济信息委、国网重庆市电力公司",
      status: "open",
      dueDate: "2023-01-30",
      overdue: false,
    });

    expect((await act(owner, created.id, { status: "resolved", comment: "自己办结" })).statusCode).toBe(403);
    expect((await act(owner, created.id, { dueDate: "2023-06-30", comment: "延期" })).statusCode).toBe(403);
    expect((await act(wanzhou, created.id, { comment: "非属地" })).statusCode).toBe(404);

    await act(yubei, created.id, { status: "in_progress", comment: "已转国网渝北供电公司现场踏勘" });
    const badDate = await act(yubei, created.id, { dueDate: "2022-02-30", comment: "改期" });
    expect([badDate.statusCode, badDate.json<ApiError>().error.field]).toEqual([400, "dueDate"]);
    await act(yubei, created.id, { dueDate: "2023-03-31", comment: "改造需停电窗口，延至一季度末" });
    await act(owner, created.id, { comment: "已提交用电容量资料" });
    const resolved = (
      await act(admin, created.id, { status: "resolved", comment: "已完成直供电改造，按目录电价结算" })
    ).json<FactorRequest>();
    expect(resolved).toMatchObject({
      status: "resolved",
      dueDate: "2023-03-31",
      result: "已完成直供电改造，按目录电价结算",
    });
    expect(resolved.closedAt).not.toBeNull();
    expect(resolved.events.map((e) => [e.kind, e.status, e.byRole])).toEqual([
      ["raised", "open", "owner"],
      ["status", "in_progress", "district"],
      ["due_date", null, "district"],
      ["comment", null, "owner"],
      ["status", "resolved", "city_admin"],
    ]);
    expect((await act(yubei, created.id, { status: "in_progress", comment: "重开" })).statusCode).toBe(409);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_type = 'factor_request' and entity_id = ${String(created.id)} order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "factor_request.raised",
      "factor_request.in_progress",
      "factor_request.updated",
      "factor_request.updated",
      "factor_request.resolved",
    ]);
  });

  it("takes factor clauses only, lets the owner withdraw, and flags overdue requests", async () => {
    const money = await raise({ clause: "P1-6", projectId, title: "奖励", description: "不是要素保障" });
    expect([money.statusCode, money.json<ApiError>().error.field]).toEqual([400, "clause"]);
    const created = (
      await raise({
        clause: "P1-2",
        projectId,
        title: "路灯杆挂载5G微站",
        description: "申请免费使用市政路灯杆",
      })
    ).json<FactorRequest>();
    t.clock.now = new Date("2023-02-15T10:00:00+08:00");
    try {
      // Sessions end after a while, so both sign in again on the later day.
      const [laterYubei, laterOwner] = [await t.as("yubei"), await t.as("owner1")];
      const listed = (
        await laterYubei({ method: "GET", url: "/api/v1/incentives/factor-requests?status=active" })
      ).json<{ items: FactorRequest[] }>();
      expect(listed.items.find((r) => r.id === created.id)?.overdue).toBe(true);
      const withdrawn = (
        await act(laterOwner, created.id, { status: "withdrawn", comment: "已自行协调" })
      ).json<FactorRequest>();
      expect(withdrawn).toMatchObject({ status: "withdrawn", overdue: false });
    } finally {
      t.clock.now = new Date("2022-12-31T10:00:00+08:00");
    }
  });
});
