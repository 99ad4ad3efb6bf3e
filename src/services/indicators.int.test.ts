import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type {
  IndicatorHistory,
  IndicatorList,
  IndicatorStatus,
  IndicatorValue,
} from "../domain/contracts/indicators.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { testContext } from "../testing/database.js";
import { indicatorProgress } from "./indicators.js";

let t: TestApp;
let admin: Client;
let dept: Client;
let yubei: Client;
let owner: Client;

beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
  dept = await t.as("dept");
  yubei = await t.as("yubei");
  owner = await t.as("owner1");
});
afterAll(() => t.close());

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(t.database.db, query))[0]!;

async function list(client: Client, period: string): Promise<IndicatorList> {
  const res = await client({ method: "GET", url: `/api/v1/indicators?period=${period}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IndicatorList>();
}
const item = (l: IndicatorList, code: string): IndicatorStatus => l.items.find((i) => i.code === code)!;

const record = (client: Client, code: string, payload: Record<string, unknown>) =>
  client({ method: "POST", url: `/api/v1/indicators/${code}/values`, payload });

const stored = () =>
  one<{ values: number; audit: number }>(
    sql`select (select count(*) from indicator_values)::int as values,
               (select count(*) from audit_log where entity_type = 'indicator' and outcome = 'ok')::int as audit`,
  );

/** Completed projects of the specials by a date, counted here straight from the projects table. */
async function completedBy(specials: string[], date: string, where = sql`true`): Promise<number> {
  const row = await one<{ n: number }>(
    sql`select count(*)::int as n from projects
        where special_code in (${sql.join(
          specials.map((s) => sql`${s}`),
          sql`, `,
        )}) and stage = 'completed' and actual_end <= ${date} and ${where}`,
  );
  return row.n;
}

describe("indicators computed from the library", () => {
  it("counts completed platform projects by the period's end, as a count made directly on the table", async () => {
    for (const period of ["2021", "2022", "2022-03"]) {
      const end = period === "2022-03" ? "2022-03-31" : `${period}-12-31`;
      const l = await list(admin, period);
      const comprehensive = item(l, "COMPREHENSIVE_PLATFORMS");
      const specialised = item(l, "SPECIALISED_PLATFORMS");
      expect(comprehensive.computed?.value).toBe(String(await completedBy(["TRANS-1", "TRANS-2"], end)));
      expect(specialised.computed?.value).toBe(String(await completedBy(["TRANS-3", "TRANS-4"], end)));
      expect(comprehensive.computed).toMatchObject({ approximate: true, wholePlan: true });
      expect(comprehensive.progress).toMatchObject({
        basis: "computed",
        value: comprehensive.computed?.value,
      });
    }
    const in2022 = Number(item(await list(admin, "2022"), "COMPREHENSIVE_PLATFORMS").computed?.value);
    expect(in2022).toBeGreaterThan(0);
  });

  it("counts only the caller's scope, and then does not measure a city-wide target on it", async () => {
    const district = item(await list(yubei, "2022"), "COMPREHENSIVE_PLATFORMS");
    expect(district.computed?.value).toBe(
      String(await completedBy(["TRANS-1", "TRANS-2"], "2022-12-31", sql`district_code = '500112'`)),
    );
    expect(district.computed?.wholePlan).toBe(false);
    expect(district.progress).toMatchObject({ basis: null, status: "no_data" });

    const led = sql`(lead_department_id = (select organisation_id from users where username = 'dept')
      or special_code in (select code from specials where lead_department_id = (select organisation_id from users where username = 'dept')))`;
    const department = item(await list(dept, "2022"), "SPECIALISED_PLATFORMS");
    expect(department.computed?.value).toBe(
      String(await completedBy(["TRANS-3", "TRANS-4"], "2022-12-31", led)),
    );
  });

  it("shows the recorded-only indicators without a count, with the reason", async () => {
    const l = await list(admin, "2022");
    expect(l.items.map((i) => i.code)).toEqual([
      "5G_KEY_AREA_COVERAGE",
      "COMPREHENSIVE_PLATFORMS",
      "SPECIALISED_PLATFORMS",
      "NATIONAL_LABS",
      "BIG_SCIENCE_FACILITIES",
      "SMART_CITY_DEMOS_PER_YEAR",
      "IDENTIFIER_RESOLUTION_NODES",
      "APPROVAL_SPEEDUP",
    ]);
    const labs = item(l, "NATIONAL_LABS");
    expect(labs.computed).toBeNull();
    expect(labs.caveat.zh).toContain("SCI-1");
    expect(item(l, "APPROVAL_SPEEDUP").caveat.en).toContain("approval records");
    expect(l).toMatchObject({ period: "2022", today: "2022-12-31", canRecord: true });
  });
});

describe("recording values", () => {
  it("records an exact value with its source and who entered it, and measures progress on it", async () => {
    const before = await stored();
    const res = await record(dept, "5G_KEY_AREA_COVERAGE", {
      period: "2022",
      value: "85.5",
      source: "市通信管理局 2022 年 5G 网络覆盖测算",
      note: "主城都市区重点区域",
    });
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json<IndicatorValue>();
    expect(saved).toMatchObject({ period: "2022", value: "85.5", superseded: false });
    expect(saved.enteredBy?.name).toBeTruthy();
    const row = await one<{ value: string; entered_by: number }>(
      sql`select value::text, entered_by from indicator_values where id = ${saved.id}`,
    );
    expect(row.value).toBe("85.5000");
    const deptUser = await one<{ id: number }>(sql`select id from users where username = 'dept'`);
    expect(row.entered_by).toBe(deptUser.id);
    expect(await stored()).toEqual({ values: before.values + 1, audit: before.audit + 1 });

    const coverage = item(await list(yubei, "2022"), "5G_KEY_AREA_COVERAGE");
    expect(coverage.recorded).toMatchObject({ id: saved.id, value: "85.5" });
    expect(coverage.progress).toMatchObject({ basis: "recorded", status: "met", percent: "106.8" });
  });

  it("takes a correction as a new value: it stands, the old one stays in the history, and the audit shows both", async () => {
    const res = await record(admin, "5G_KEY_AREA_COVERAGE", {
      period: "2022",
      value: "78",
      source: "市通信管理局更正",
    });
    expect(res.statusCode, res.body).toBe(201);
    const history = (
      await admin({ method: "GET", url: "/api/v1/indicators/5G_KEY_AREA_COVERAGE/values" })
    ).json<IndicatorHistory>();
    expect(history.items.map((v) => [v.value, v.superseded])).toEqual([
      ["78", false],
      ["85.5", true],
    ]);
    const coverage = item(await list(admin, "2022"), "5G_KEY_AREA_COVERAGE");
    expect(coverage.progress).toMatchObject({ value: "78", status: "behind", percent: "97.5" });

    const audit = await queryRows<{
      action: string;
      before: { value: string } | null;
      after: { value: string };
    }>(
      t.database.db,
      sql`select action, before, after from audit_log where entity_type = 'indicator' and entity_id = '5G_KEY_AREA_COVERAGE' and outcome = 'ok' order by seq`,
    );
    expect(audit.map((a) => [a.action, a.before?.value ?? null, a.after.value])).toEqual([
      ["indicator.recorded", null, "85.5"],
      ["indicator.corrected", "85.5", "78"],
    ]);
  });

  it("lets a recorded value stand over the library's count, which stays beside it", async () => {
    const res = await record(admin, "COMPREHENSIVE_PLATFORMS", {
      period: "2022",
      value: "21",
      source: "市经济信息委认定名单",
    });
    expect(res.statusCode, res.body).toBe(201);
    const platforms = item(await list(admin, "2022"), "COMPREHENSIVE_PLATFORMS");
    expect(platforms.progress).toMatchObject({ basis: "recorded", value: "21", status: "met" });
    expect(platforms.computed?.value).toBe(String(await completedBy(["TRANS-1", "TRANS-2"], "2022-12-31")));
  });

  it("carries a level forward to later periods and is shared with the bulletin and dashboard", async () => {
    const ctx = testContext(t.database);
    // The clock stands at 2022-12-31: January 2023 is still in the future.
    await expect(indicatorProgress(ctx, "2023-01")).rejects.toMatchObject({ status: 400, field: "period" });
    const later = await indicatorProgress(
      { ...ctx, now: () => new Date("2023-02-01T10:00:00+08:00") },
      "2023-01",
    );
    expect(later.period).toBe("2023-01");
    expect(item(later, "5G_KEY_AREA_COVERAGE").recorded).toMatchObject({ period: "2022", value: "78" });
    // A per-period rate does not carry over: nothing was recorded for January.
    expect(item(later, "APPROVAL_SPEEDUP").progress.status).toBe("no_data");
  });
});

describe("refusals store nothing", () => {
  it("names each bad field in Chinese and English", async () => {
    const before = await stored();
    const cases: [string, Record<string, unknown>, string][] = [
      ["5G_KEY_AREA_COVERAGE", { period: "2023", value: "80", source: "x" }, "period"],
      ["5G_KEY_AREA_COVERAGE", { period: "2019", value: "80", source: "x" }, "period"],
      ["5G_KEY_AREA_COVERAGE", { period: "2022-13", value: "80", source: "x" }, "period"],
      ["5G_KEY_AREA_COVERAGE", { period: "2022", value: "120", source: "x" }, "value"],
      ["5G_KEY_AREA_COVERAGE", { period: "2022", value: "80.12345", source: "x" }, "value"],
      ["NATIONAL_LABS", { period: "2022", value: "1.5", source: "x" }, "value"],
      ["NATIONAL_LABS", { period: "2022", value: 1, source: "x" }, "value"],
      ["NATIONAL_LABS", { period: "2022", value: "1", source: "  " }, "source"],
    ];
    for (const [code, payload, field] of cases) {
      const res = await record(admin, code, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const error = res.json<ApiError>().error;
      expect(error.field, JSON.stringify(payload)).toBe(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn.length).toBeGreaterThan(0);
    }
    const unknown = await record(admin, "NO_SUCH", { period: "2022", value: "1", source: "x" });
    expect(unknown.statusCode).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it("refuses a future or malformed period when listing", async () => {
    for (const period of ["2023", "2022-1", "abc"]) {
      const res = await admin({ method: "GET", url: `/api/v1/indicators?period=${period}` });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiError>().error.field).toBe("period");
    }
  });

  it("denies a project owner and records the denial", async () => {
    const before = await stored();
    const res = await record(owner, "5G_KEY_AREA_COVERAGE", { period: "2022", value: "90", source: "业主" });
    expect(res.statusCode).toBe(403);
    expect(await stored()).toEqual(before);
    const denial = await one<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'access.denied' and entity_type = 'indicator'
          and actor_username = 'owner1' and details->>'permission' = 'indicators.record'`,
    );
    expect(denial.n).toBe(1);
    const ownerView = await list(owner, "2022");
    expect(ownerView.canRecord).toBe(false);
  });
});
