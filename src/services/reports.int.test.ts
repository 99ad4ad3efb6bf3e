import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { ProjectDetail } from "../domain/contracts/project.js";
import type { Report } from "../domain/contracts/report.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
let admin: Client;
let projectId: number;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
  // A project of 渝北区 led by the demo department, building through 2022, so both reviewers see it.
  const [row] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select p.id from projects p join users u on u.username = 'dept'
        where p.district_code = '500112' and p.actual_start < '2022-01-01' and p.actual_end is null
          and (p.lead_department_id = u.organisation_id or p.special_code in (select code from specials where lead_department_id = u.organisation_id))
        order by p.id limit 1`,
  );
  if (!row) throw new Error("the demo has no 渝北区 project of the demo department building in 2022");
  projectId = row.id;
});
afterAll(() => t.close());

const reports = async () =>
  (await admin({ method: "GET", url: `/api/v1/projects/${projectId}/reports` })).json<{ items: Report[] }>()
    .items;
const detail = async () =>
  (await admin({ method: "GET", url: `/api/v1/projects/${projectId}` })).json<ProjectDetail>();

describe("monthly reports", () => {
  it("takes a correction as a new version, keeps the old one, and moves the cumulative amount", async () => {
    const before = (await reports()).find((r) => r.month === "2022-11" && r.current)!;
    const completedBefore = BigInt((await detail()).completedInvestmentFen);
    const res = await admin({
      method: "POST",
      url: `/api/v1/projects/${projectId}/reports`,
      payload: {
        month: "2022-11",
        investedFen: (BigInt(before.investedFen) + 100n).toString(),
        progressPct: before.progressPct,
        progressText: "更正：补报设备款",
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Report>()).toMatchObject({
      version: before.version + 1,
      current: true,
      status: "submitted",
    });
    const november = (await reports()).filter((r) => r.month === "2022-11");
    expect(november.map((r) => [r.version, r.current])).toEqual([
      [before.version + 1, true],
      [before.version, false],
    ]);
    expect(BigInt((await detail()).completedInvestmentFen)).toBe(completedBefore + 100n);
  });

  it("refuses progress going backwards and amounts past the total, naming the field, storing nothing", async () => {
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from progress_reports where project_id = ${projectId}`,
    );
    const back = await admin({
      method: "POST",
      url: `/api/v1/projects/${projectId}/reports`,
      payload: { month: "2022-12", investedFen: "0", progressPct: 0 },
    });
    expect(back.json<ApiError>().error.field).toBe("progressPct");
    const total = (await detail()).totalInvestmentFen;
    const over = await admin({
      method: "POST",
      url: `/api/v1/projects/${projectId}/reports`,
      payload: { month: "2022-12", investedFen: total, progressPct: 100 },
    });
    expect(over.json<ApiError>().error.field).toBe("investedFen");
    const [after] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from progress_reports where project_id = ${projectId}`,
    );
    expect(after!.n).toBe(count!.n);
  });

  it("is accepted when the district and the department accept it, returned with a reason otherwise", async () => {
    const current = (await reports()).find((r) => r.month === "2022-11" && r.current)!;
    const yubei = await t.as("yubei");
    const first = await yubei({
      method: "POST",
      url: `/api/v1/reports/${current.id}/reviews`,
      payload: { decision: "accepted" },
    });
    expect(first.json<Report>().status).toBe("submitted");
    const noReason = await yubei({
      method: "POST",
      url: `/api/v1/reports/${current.id}/reviews`,
      payload: { decision: "returned" },
    });
    expect(noReason.json<ApiError>().error.field).toBe("reason");
    const dept = await t.as("dept");
    const second = await dept({
      method: "POST",
      url: `/api/v1/reports/${current.id}/reviews`,
      payload: { decision: "accepted" },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<Report>().status).toBe("accepted");
    expect(
      second
        .json<Report>()
        .reviews.map((r) => r.reviewerRole)
        .sort(),
    ).toEqual(["department", "district"]);
    const returned = await yubei({
      method: "POST",
      url: `/api/v1/reports/${current.id}/reviews`,
      payload: { decision: "returned", reason: "投资数据与发票不符" },
    });
    expect(returned.json<Report>().status).toBe("returned");
  });

  it("lets only owners and the city submit", async () => {
    const yubei = await t.as("yubei");
    expect(
      (
        await yubei({
          method: "POST",
          url: `/api/v1/projects/${projectId}/reports`,
          payload: { month: "2022-12", investedFen: "0", progressPct: 100 },
        })
      ).statusCode,
    ).toBe(403);
  });
});
