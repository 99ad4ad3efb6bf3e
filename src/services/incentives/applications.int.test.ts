import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { Application, Ledger, QuoteResult } from "../../domain/contracts/incentives.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { evidenceOf, incentiveRowCounts, reviewableProject } from "../../testing/incentives.js";

let t: TestApp;
let admin: Client;
let owner: Client;
let owner2: Client;
let yubei: Client;
let wanzhou: Client;
let dept: Client;
let projectId: number;
let applicantId: number;

beforeAll(async () => {
  t = await seededApp();
  [admin, owner, owner2, yubei, wanzhou, dept] = await Promise.all([
    t.as("admin"),
    t.as("owner1"),
    t.as("owner2"),
    t.as("yubei"),
    t.as("wanzhou"),
    t.as("dept"),
  ]);
  projectId = await reviewableProject(t, admin);
  const [row] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select owner_id as id from projects where id = ${projectId}`,
  );
  applicantId = row!.id;
});
afterAll(() => t.close());

const apply = (payload: Record<string, unknown>, client = owner) =>
  client({ method: "POST", url: "/api/v1/incentives/applications", payload });
const review = (client: Client, id: number, decision: "accepted" | "returned", reason = "") =>
  client({
    method: "POST",
    url: `/api/v1/incentives/applications/${id}/reviews`,
    payload: { decision, reason },
  });
const decide = (id: number, payload: Record<string, unknown>) =>
  admin({ method: "POST", url: `/api/v1/incentives/applications/${id}/decision`, payload });
const auditActions = async (id: number) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_type = 'incentive_application' and entity_id = ${String(id)} order by seq`,
    )
  ).map((r) => r.action);

/** A P1-11 application on the test project, through both reviews; returns its id. */
async function reviewedSubsidy(feesFen: string, name: string): Promise<number> {
  const res = await apply({
    clause: "P1-11",
    projectId,
    applicantIsSme: true,
    baseFen: feesFen,
    evidence: [evidenceOf(name)],
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<Application>().id;
  expect((await review(yubei, id, "accepted")).statusCode).toBe(200);
  expect((await review(dept, id, "accepted")).statusCode).toBe(200);
  return id;
}

describe("incentive applications", () => {
  it("goes submitted → returned → resubmitted → reviewed → approved, keeping every step and auditing each", async () => {
    const created = await apply({
      clause: "P1-11",
      projectId,
      applicantIsSme: true,
      baseFen: "20000000",
      evidence: [evidenceOf("超算中心使用费发票"), evidenceOf("付款回单", "payment_proof")],
      note: "2022年超算机时费",
    });
    expect(created.statusCode, created.body).toBe(201);
    const app = created.json<Application>();
    expect(app).toMatchObject({ status: "submitted", applicant: { id: applicantId }, baseFen: "20000000" });

    expect((await review(yubei, app.id, "accepted")).json<Application>().status).toBe("submitted");
    const noReason = await review(dept, app.id, "returned");
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ApiError>().error.field).toBe("reason");
    const returned = await review(dept, app.id, "returned", "发票金额与合同不一致");
    expect(returned.json<Application>().status).toBe("returned");
    expect((await decide(app.id, { decision: "approved", amountFen: "1" })).statusCode).toBe(409);

    const resubmitted = await owner({
      method: "POST",
      url: `/api/v1/incentives/applications/${app.id}/resubmit`,
      payload: { baseFen: "18000000", note: "按合同金额更正" },
    });
    expect(resubmitted.json<Application>()).toMatchObject({
      status: "submitted",
      baseFen: "18000000",
      districtReview: null,
      departmentReview: null,
    });
    await review(dept, app.id, "accepted");
    const reviewed = await review(yubei, app.id, "accepted");
    expect(reviewed.json<Application>().status).toBe("reviewed");

    // 30% of 180,000.00 元 is 54,000.00 元: one fen more is over the application's own maximum.
    const over = await decide(app.id, { decision: "approved", amountFen: "5400001" });
    expect(over.statusCode).toBe(400);
    expect(over.json<ApiError>().error).toMatchObject({ field: "amountFen" });
    expect(over.json<ApiError>().error.message).toContain("54,000.00元");
    const approved = await decide(app.id, {
      decision: "approved",
      amountFen: "5000000",
      reason: "按评审意见",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const done = approved.json<Application>();
    expect(done).toMatchObject({ status: "approved", approvedFen: "5000000" });
    expect(done.events.map((e) => [e.kind, e.role])).toEqual([
      ["submitted", "owner"],
      ["accepted", "district"],
      ["returned", "department"],
      ["resubmitted", "owner"],
      ["accepted", "department"],
      ["accepted", "district"],
      ["approved", "city"],
    ]);
    expect(done.events.find((e) => e.kind === "returned")?.reason).toBe("发票金额与合同不一致");
    expect(await auditActions(app.id)).toEqual([
      "incentive_application.submitted",
      "incentive_application.accepted",
      "incentive_application.returned",
      "incentive_application.resubmitted",
      "incentive_application.accepted",
      "incentive_application.accepted",
      "incentive_application.approved",
    ]);

    const ledger = (
      await admin({ method: "GET", url: `/api/v1/incentives/ledger?applicantId=${applicantId}` })
    ).json<Ledger>();
    expect(ledger.rows).toEqual([
      expect.objectContaining({ applicantId, clause: "P1-11", year: 2022, awards: 1, totalFen: "5000000" }),
    ]);
    expect(ledger.balances).toEqual([
      expect.objectContaining({
        clause: "P1-11",
        totalFen: "5000000",
        cumulativeCapFen: "30000000",
        remainingFen: "25000000",
      }),
    ]);
    // The quote for this applicant now deducts what it received.
    const quote = await owner({
      method: "POST",
      url: "/api/v1/incentives/quote",
      payload: { clause: "P1-11", baseFen: "100000000", applicantId, applicantIsSme: true },
    });
    expect(quote.json<QuoteResult>()).toMatchObject({
      maxAwardFen: "25000000",
      binding: "cumulative_cap",
      applicant: { id: applicantId, receivedFen: "5000000" },
    });
  });

  it("refuses a cumulative cap overrun with 409 naming the cap, storing nothing", async () => {
    const id = await reviewedSubsidy("100000000", "大额机时费");
    const before = await incentiveRowCounts(t);
    const res = await decide(id, { decision: "approved", amountFen: "25000001" });
    expect(res.statusCode).toBe(409);
    expect(res.json<ApiError>().error).toMatchObject({ code: "cap_exceeded", field: "amountFen" });
    expect(res.json<ApiError>().error.message).toContain("P1-11同一单位累计最高30万元");
    expect(await incentiveRowCounts(t)).toBe(before);
    expect((await decide(id, { decision: "approved", amountFen: "25000000" })).statusCode).toBe(200);
    const full = await reviewedSubsidy("1000", "再次申请");
    const none = await decide(full, { decision: "approved", amountFen: "1" });
    expect(none.json<ApiError>().error.code).toBe("cap_exceeded");
  });

  it("rejects with a reason, lets the owner withdraw until decided, and keeps the history of both", async () => {
    const id = await reviewedSubsidy("100000", "被驳回的申请");
    expect((await decide(id, { decision: "rejected" })).json<ApiError>().error.field).toBe("reason");
    const rejected = await decide(id, { decision: "rejected", reason: "非中小微企业" });
    expect(rejected.json<Application>()).toMatchObject({
      status: "rejected",
      decisionReason: "非中小微企业",
    });

    const w = await apply({
      clause: "P1-11",
      projectId,
      applicantIsSme: true,
      baseFen: "100",
      evidence: [evidenceOf("w")],
    });
    const wid = w.json<Application>().id;
    const withdraw = (client: Client) =>
      client({
        method: "POST",
        url: `/api/v1/incentives/applications/${wid}/withdraw`,
        payload: { reason: "重复申请" },
      });
    expect((await withdraw(admin)).statusCode).toBe(403);
    const withdrawn = await withdraw(owner);
    expect(withdrawn.json<Application>().status).toBe("withdrawn");
    expect(withdrawn.json<Application>().events.map((e) => e.kind)).toEqual(["submitted", "withdrawn"]);
    expect((await withdraw(owner)).statusCode).toBe(409);
    expect((await review(yubei, wid, "accepted")).statusCode).toBe(409);
  });

  it("checks the claim against the clause and the project, naming the field and storing nothing", async () => {
    const before = await incentiveRowCounts(t);
    const cases: [Record<string, unknown>, string][] = [
      [
        { clause: "P1-11", projectId, applicantIsSme: false, baseFen: "100", evidence: [evidenceOf("a")] },
        "applicantIsSme",
      ],
      [{ clause: "P1-6", projectId, baseFen: "100", evidence: [evidenceOf("b")] }, "level"],
      [
        { clause: "P1-6", projectId, level: "national", baseFen: "10000000001", evidence: [evidenceOf("c")] },
        "baseFen",
      ],
      [{ clause: "P3-2", projectId, baseFen: "100", evidence: [evidenceOf("d")] }, "clause"],
      [{ clause: "P9-9", projectId, baseFen: "100", evidence: [evidenceOf("e")] }, "clause"],
      [
        { clause: "P3-1", projectId, baseFen: "100", evidence: [evidenceOf("f"), evidenceOf("f")] },
        "evidence.1.sha256",
      ],
      [{ clause: "P3-1", projectId, baseFen: "100", evidence: [] }, "evidence"],
      [
        { clause: "P3-1", projectId, baseFen: "100", evidence: [{ ...evidenceOf("g"), sha256: "xyz" }] },
        "evidence.0.sha256",
      ],
    ];
    for (const [payload, field] of cases) {
      const res = await apply(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const error = res.json<ApiError>().error;
      expect(error.field ?? error.details?.[0]?.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.messageEn.length).toBeGreaterThan(0);
    }
    expect(await incentiveRowCounts(t)).toBe(before);
  });

  it("keeps applications to the project's scope: other owners and districts get 404, banks 403", async () => {
    const id = (
      await apply({ clause: "P3-1", projectId, baseFen: "100", evidence: [evidenceOf("scope")] })
    ).json<Application>().id;
    const get = (client: Client) => client({ method: "GET", url: `/api/v1/incentives/applications/${id}` });
    expect((await get(owner)).statusCode).toBe(200);
    expect((await get(yubei)).statusCode).toBe(200);
    expect((await get(dept)).statusCode).toBe(200);
    expect((await get(owner2)).statusCode).toBe(404);
    expect((await get(wanzhou)).statusCode).toBe(404);
    expect((await get(await t.as("bank"))).statusCode).toBe(403);
    expect((await review(wanzhou, id, "accepted")).statusCode).toBe(404);
    expect(
      (await apply({ clause: "P3-1", projectId, baseFen: "1", evidence: [evidenceOf("x")] }, owner2))
        .statusCode,
    ).toBe(404);
    const mine = (await owner2({ method: "GET", url: "/api/v1/incentives/applications" })).json<{
      items: Application[];
    }>();
    expect(mine.items.some((a) => a.id === id)).toBe(false);
  });

  it("puts each application in the queue of whoever it waits on", async () => {
    const id = (
      await apply({ clause: "P3-1", projectId, baseFen: "100", evidence: [evidenceOf("queue")] })
    ).json<Application>().id;
    const queue = async (client: Client) =>
      (await client({ method: "GET", url: "/api/v1/incentives/applications?status=awaiting_me" }))
        .json<{ items: Application[] }>()
        .items.map((a) => a.id);
    expect(await queue(yubei)).toContain(id);
    expect(await queue(dept)).toContain(id);
    expect(await queue(admin)).not.toContain(id);
    await review(yubei, id, "accepted");
    expect(await queue(yubei)).not.toContain(id);
    await review(dept, id, "accepted");
    expect(await queue(admin)).toContain(id);
  });
});
