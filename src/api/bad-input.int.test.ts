import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

/**
 * Property: whatever a user can type into any route's path, query or body, the answer is never a 5xx,
 * a refusal names the field in Chinese and English, and a refused request stores nothing.
 */
interface OpenApiOperation {
  parameters?: { name: string; in: "query" | "path" }[];
  requestBody?: { content: { "application/json": { schema: { properties?: Record<string, unknown> } } } };
}

let t: TestApp;
let admin: Client;
let operations: {
  method: string;
  path: string;
  query: string[];
  pathParams: string[];
  body: string[] | null;
}[];

beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
  const doc = (await t.anonymous({ method: "GET", url: "/api/openapi.json" })).json<{
    paths: Record<string, Record<string, OpenApiOperation>>;
  }>();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
      body: op.requestBody
        ? Object.keys(op.requestBody.content["application/json"].schema.properties ?? {})
        : null,
    })),
  );
});
afterAll(() => t.close());

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "１２３",
    "2021/3/1",
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "%",
    "'; drop table projects; --",
    "渝北区",
    "9".repeat(30),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
);

async function storedRows(): Promise<string> {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select (select count(*) from projects)::int as projects, (select count(*) from publications)::int as publications,
               (select count(*) from users)::int as users, (select count(*) from organisations)::int as organisations,
               (select count(*) from progress_reports)::int as reports,
               (select count(*) from coordination_problems)::int as problems,
               (select count(*) from problem_events)::int as "problemEvents",
               (select count(*) from indicator_values)::int as "indicatorValues",
               (select row_to_json(s)::text from (select report_due_day, pace_yellow_points, pace_red_points,
                 start_delay_red_months, stall_reports from dispatch_settings) s) as "dispatchSettings",
               (select count(*) from incentive_applications)::int as incentive_applications,
               (select count(*) from incentive_awards)::int as incentive_awards,
               (select count(*) from policy_clause_versions)::int as clause_versions,
               (select count(*) from factor_requests)::int as factor_requests,
               (select count(*) from approval_items)::int as approval_items,
               (select count(*) from calendar_days)::int as calendar_days,
               (select count(*) from whitelist_entries)::int as whitelist_entries,
               (select count(*) from bank_decisions)::int as bank_decisions,
               (select rules::text from whitelist_settings) as "whitelistRules",
               (select string_agg(project_id || ':' || source || ':' || planned_fen || ':' || secured_fen, ',' order by project_id, source)
                  from project_funding) as funding`,
  );
  return JSON.stringify(row);
}

const asText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

describe("bad input on every route", () => {
  it("never answers 5xx, names the field in both languages, and stores nothing when refusing", async () => {
    const withInput = operations.filter((o) => o.query.length || o.pathParams.length || o.body);
    expect(withInput.length).toBeGreaterThanOrEqual(10);
    for (const op of withInput) {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            query: fc.dictionary(fc.constantFrom(...op.query, "unexpected"), value, {
              maxKeys: op.query.length + 1,
            }),
            path: fc.tuple(
              ...op.pathParams.map(() =>
                fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.integer().map(String)),
              ),
            ),
            body: op.body
              ? fc.dictionary(fc.constantFrom(...op.body, "extra"), value, { maxKeys: op.body.length + 1 })
              : fc.constant(undefined),
          }),
          async (input) => {
            let url = op.path;
            op.pathParams.forEach(
              (name, i) => (url = url.replace(`{${name}}`, encodeURIComponent(input.path[i] ?? "x"))),
            );
            const search = new URLSearchParams(Object.entries(input.query).map(([k, v]) => [k, asText(v)]));
            const before = await storedRows();
            const res = await admin({
              method: op.method,
              url: search.size ? `${url}?${search.toString()}` : url,
              ...(input.body === undefined ? {} : { payload: input.body }),
            });
            expect(res.statusCode, `${op.method} ${op.path}`).toBeLessThan(500);
            if (res.statusCode >= 400) {
              const error = res.json<ApiError>().error;
              expect(error.message.length).toBeGreaterThan(0);
              expect(error.messageEn.length).toBeGreaterThan(0);
              if (res.statusCode === 400)
                expect(error.field ?? error.details?.[0]?.field, res.body).toBeTruthy();
              expect(await storedRows()).toBe(before);
            }
          },
        ),
        { numRuns: 25, seed: 20200101 },
      );
    }
  }, 300_000);
});
