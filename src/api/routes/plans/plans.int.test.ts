import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../../domain/contracts/common.js";
import type { PlanSummary } from "../../../domain/contracts/plan-summary.js";
import type { Reference } from "../../../domain/contracts/reference.js";
import { seededApp, type Client, type TestApp } from "../../../testing/app.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

describe("plan summary and reference over HTTP", () => {
  it("serves the plan's table with the 21 specials and the stated difference", async () => {
    const res = await admin({ method: "GET", url: "/api/v1/plans/CQ-NEWINFRA-2020-2022/summary" });
    expect(res.statusCode).toBe(200);
    const summary = res.json<PlanSummary>();
    expect(summary.specials).toHaveLength(21);
    expect(summary.totals.projects).toBe(375);
    expect(summary.matches).toBe(true);
    expect(summary.districts).toHaveLength(38);
    expect(summary.districts.reduce((n, d) => n + d.projects, 0)).toBe(375);
    expect(summary.stages.reduce((n, s) => n + s.projects, 0)).toBe(375);
  });

  it("answers 404 in both languages for an unknown plan", async () => {
    const res = await admin({ method: "GET", url: "/api/v1/plans/NOPE/summary" });
    expect(res.statusCode).toBe(404);
    expect(res.json<ApiError>().error).toMatchObject({
      code: "not_found",
      message: "计划不存在：NOPE",
      messageEn: "Plan not found: NOPE",
    });
  });

  it("lists the taxonomy and the 38 districts with their region, 垫江 moved to 主城都市区 from 2024", async () => {
    const ref = (await t.app.inject({ method: "GET", url: "/api/v1/reference" })).json<Reference>();
    expect(ref.sectors).toHaveLength(7);
    expect(ref.specials).toHaveLength(21);
    expect(ref.districts).toHaveLength(38);
    // The test clock is 2022-12-31: before the 2024 territorial plan.
    expect(ref.districts.find((d) => d.code === "500231")?.region).toBe("渝东北");
    expect(ref.regions).toEqual(expect.arrayContaining(["主城都市区", "渝东北", "渝东南"]));
  });

  it("publishes an OpenAPI document listing every route", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/v1/reference",
        "/api/v1/plans/{code}/summary",
        "/api/v1/projects",
        "/api/v1/projects/count",
        "/api/v1/projects/{id}",
      ]),
    );
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(res.statusCode).toBe(404);
    expect(res.json<ApiError>().error.code).toBe("route_not_found");
  });
});
