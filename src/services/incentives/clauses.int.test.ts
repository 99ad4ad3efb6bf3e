import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { Clause, ClauseList, QuoteResult } from "../../domain/contracts/incentives.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { incentiveRowCounts } from "../../testing/incentives.js";

let t: TestApp;
let admin: Client;
let owner: Client;

beforeAll(async () => {
  t = await seededApp();
  [admin, owner] = await Promise.all([t.as("admin"), t.as("owner1")]);
});
afterAll(() => t.close());

const quote = (payload: Record<string, unknown>, client = owner) =>
  client({ method: "POST", url: "/api/v1/incentives/quote", payload });

const p111v2 = {
  kind: "subsidy",
  base: "fees_actually_paid",
  rate: "0.3",
  rateIsMaximum: false,
  capByLevelFen: null,
  capPerItemFen: null,
  cumulativeCapPerApplicantFen: "50000000",
  capPerYearFen: null,
  eligibility: "sme",
};

describe("policy clauses as versioned data", () => {
  it("seeds every clause of the plan as version 1 in force since 2020, with the plan's wording", async () => {
    const list = (await owner({ method: "GET", url: "/api/v1/incentives/clauses" })).json<ClauseList>();
    expect(list.asOf).toBe("2022-12-31");
    expect(list.items.map((c) => c.code)).toHaveLength(20);
    const p16 = list.items.find((c) => c.code === "P1-6")!;
    expect(p16).toMatchObject({ kind: "reward", zh: "工业互联网各级标识解析节点及配套平台" });
    expect(p16.inForce).toMatchObject({
      version: 1,
      effectiveFrom: "2020-01-01",
      effectiveTo: null,
      changedBy: null,
      terms: { rate: "0.2", capByLevelFen: { national: "1000000000", municipal_pilot: "500000000" } },
    });
    expect(list.items.find((c) => c.code === "P3-2")?.kind).toBe("case_by_case");
  });

  it("lets the city issue a new version from a date; quotes use the version in force on the date asked", async () => {
    const res = await admin({
      method: "POST",
      url: "/api/v1/incentives/clauses/P1-11/versions",
      payload: {
        effectiveFrom: "2023-01-01",
        terms: p111v2,
        note: "渝府办发〔2022〕示例号：累计上限提高至50万元",
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const clause = res.json<Clause>();
    expect(clause.versions.map((v) => [v.version, v.effectiveFrom, v.effectiveTo, v.changedBy])).toEqual([
      [2, "2023-01-01", null, "admin"],
      [1, "2020-01-01", "2022-12-31", null],
    ]);
    expect(clause.inForce?.version).toBe(1);

    const base = { clause: "P1-11", baseFen: "1000000000", applicantIsSme: true };
    const before = (await quote({ ...base, date: "2022-12-31" })).json<QuoteResult>();
    const after = (await quote({ ...base, date: "2023-01-01" })).json<QuoteResult>();
    expect([before.version, before.maxAwardFen]).toEqual([1, "30000000"]);
    expect([after.version, after.maxAwardFen]).toEqual([2, "50000000"]);
    expect(after.year).toBe(2023);

    const [audit] = await queryRows<{ action: string; entity_id: string }>(
      t.database.db,
      sql`select action, entity_id from audit_log where entity_type = 'policy_clause' order by seq desc limit 1`,
    );
    expect(audit).toEqual({ action: "policy_clause.version_added", entity_id: "P1-11" });
  });

  it("refuses back-dated or out-of-order versions, bad terms, and anyone but the city, storing nothing", async () => {
    const before = await incentiveRowCounts(t);
    const post = (client: Client, payload: Record<string, unknown>) =>
      client({ method: "POST", url: "/api/v1/incentives/clauses/P1-6/versions", payload });
    const backDated = await post(admin, {
      effectiveFrom: "2022-01-01",
      terms: { kind: "case_by_case" },
      note: "追溯",
    });
    expect(backDated.statusCode).toBe(400);
    expect(backDated.json<ApiError>().error).toMatchObject({ field: "effectiveFrom" });
    expect(backDated.json<ApiError>().error.message).toContain("不能早于今天");
    const badRate = await post(admin, {
      effectiveFrom: "2023-02-01",
      terms: { ...p111v2, kind: "reward", rate: "1.5" },
      note: "比例有误",
    });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.json<ApiError>().error.field).toBe("terms.rate");
    expect(
      (await post(owner, { effectiveFrom: "2023-02-01", terms: { kind: "case_by_case" }, note: "业主" }))
        .statusCode,
    ).toBe(403);
    const missing = await admin({
      method: "POST",
      url: "/api/v1/incentives/clauses/P9-9/versions",
      payload: { effectiveFrom: "2023-02-01", terms: { kind: "case_by_case" }, note: "不存在" },
    });
    expect(missing.statusCode).toBe(404);
    expect(await incentiveRowCounts(t)).toBe(before);
  });
});

describe("quotes", () => {
  it("quotes a national P1-6 reward: 20% of the investment, capped at 1000万元, step by step", async () => {
    const q = (await quote({ clause: "P1-6", level: "national", baseFen: "8000000000" })).json<QuoteResult>();
    expect(q).toMatchObject({ eligible: true, maxAwardFen: "1000000000", binding: "level_cap", version: 1 });
    expect(q.steps.map((s) => s.zh)).toEqual([
      "按项目投资额的不超过20%：8,000万元 × 20% = 1,600万元（向下取整到分）",
      "国家级项目奖励不超过1,000万元，取上限：1,000万元",
      "最高可获奖励：1,000万元",
    ]);
    const pilot = (
      await quote({ clause: "P1-6", level: "municipal_pilot", baseFen: "8000000000" })
    ).json<QuoteResult>();
    expect(pilot.maxAwardFen).toBe("500000000");
  });

  it("quotes no number for a case-by-case clause and says so", async () => {
    const q = (await quote({ clause: "P3-2", baseFen: "100" })).json<QuoteResult>();
    expect(q).toMatchObject({ kind: "case_by_case", maxAwardFen: null });
    expect(q.steps[0]?.zh).toContain("一事一议");
  });

  it("says why an applicant is not eligible", async () => {
    const q = (
      await quote({ clause: "P1-11", baseFen: "100000", applicantIsSme: false })
    ).json<QuoteResult>();
    expect(q).toMatchObject({ eligible: false, maxAwardFen: "0" });
    expect(q.steps[0]?.en).toContain("small and micro enterprises only");
  });

  it("names the field at fault: a missing level, an unknown clause, a bad amount, an unseen applicant", async () => {
    const level = await quote({ clause: "P1-7", baseFen: "100" });
    expect([level.statusCode, level.json<ApiError>().error.field]).toEqual([400, "level"]);
    const clause = await quote({ clause: "P9-9", baseFen: "100" });
    expect([clause.statusCode, clause.json<ApiError>().error.field]).toEqual([400, "clause"]);
    const amount = await quote({ clause: "P3-1", baseFen: "-5" });
    expect([amount.statusCode, amount.json<ApiError>().error.field]).toEqual([400, "baseFen"]);
    const early = await quote({ clause: "P3-1", baseFen: "5", date: "2019-06-30" });
    expect([early.statusCode, early.json<ApiError>().error.field]).toEqual([400, "date"]);
    const [other] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select p.owner_id as id from projects p where p.owner_id <> (select organisation_id from users where username = 'owner1') limit 1`,
    );
    expect((await quote({ clause: "P1-11", baseFen: "5", applicantId: other!.id })).statusCode).toBe(404);
    expect((await quote({ clause: "P1-11", baseFen: "5", applicantId: other!.id }, admin)).statusCode).toBe(
      200,
    );
  });
});
