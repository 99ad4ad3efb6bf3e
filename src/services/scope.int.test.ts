import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../domain/contracts/auth.js";
import type { PlanSummary } from "../domain/contracts/plan-summary.js";
import type { ProjectDetail, ProjectPage } from "../domain/contracts/project.js";
import { queryRows } from "../store/db.js";
import { sql } from "drizzle-orm";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
const clients: Record<string, Client> = {};
beforeAll(async () => {
  t = await seededApp();
  for (const u of ["admin", "yubei", "wanzhou", "dept", "owner1", "bank", "auditor"])
    clients[u] = await t.as(u);
});
afterAll(() => t.close());

async function allProjects(client: Client, query = ""): Promise<ProjectPage["items"]> {
  const items: ProjectPage["items"] = [];
  let cursor: string | null = null;
  do {
    const res = await client({
      method: "GET",
      url: `/api/v1/projects?limit=200${query}${cursor ? `&cursor=${cursor}` : ""}`,
    });
    expect(res.statusCode).toBe(200);
    const page = res.json<ProjectPage>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const me = async (u: string) => (await clients[u]!({ method: "GET", url: "/api/v1/me" })).json<Me>();

describe("data scope", () => {
  it("shows a district exactly the projects located in it, in lists, counts and the plan table", async () => {
    const mine = await allProjects(clients.yubei!);
    const expected = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects where district_code = '500112'`,
    );
    expect(mine.length).toBe(expected[0]!.n);
    expect(mine.every((p) => p.districtCode === "500112")).toBe(true);
    const count = await clients.yubei!({ method: "GET", url: "/api/v1/projects/count" });
    expect(count.json<{ total: number }>().total).toBe(mine.length);
    const summary = (
      await clients.yubei!({ method: "GET", url: "/api/v1/plans/CQ-NEWINFRA-2020-2022/summary" })
    ).json<PlanSummary>();
    expect(summary.totals.projects).toBe(mine.filter((p) => p.planCategory !== null).length);
    expect(summary.districts.filter((d) => d.projects > 0).map((d) => d.code)).toEqual(["500112"]);
  });

  it("filters within the scope: another district's filter yields nothing, not an error", async () => {
    expect(await allProjects(clients.yubei!, "&district=500101")).toEqual([]);
  });

  it("answers a district reading another district's project with 404, and records the attempt", async () => {
    const wanzhouProject = (await allProjects(clients.wanzhou!))[0]!;
    const res = await clients.yubei!({ method: "GET", url: `/api/v1/projects/${wanzhouProject.id}` });
    expect(res.statusCode).toBe(404);
    const denied = await queryRows<{ actor_username: string; details: { reason: string } }>(
      t.database.db,
      sql`select actor_username, details from audit_log where action = 'access.denied' and entity_id = ${String(wanzhouProject.id)}`,
    );
    expect(denied).toEqual([{ actor_username: "yubei", details: { reason: "out_of_scope" } }]);
    expect(
      (await clients.wanzhou!({ method: "GET", url: `/api/v1/projects/${wanzhouProject.id}` })).statusCode,
    ).toBe(200);
  });

  it("shows an owner only its organisation's projects", async () => {
    const { organisation } = await me("owner1");
    const mine = await allProjects(clients.owner1!);
    expect(mine.length).toBeGreaterThan(0);
    const detail = (
      await clients.owner1!({ method: "GET", url: `/api/v1/projects/${mine[0]!.id}` })
    ).json<ProjectDetail>();
    expect(detail.owner.id).toBe(organisation.id);
    expect(mine.every((p) => p.ownerName === organisation.name)).toBe(true);
  });

  it("shows a department the projects of the specials it leads", async () => {
    const { organisation } = await me("dept");
    const led = await queryRows<{ code: string }>(
      t.database.db,
      sql`select code from specials where lead_department_id = ${organisation.id}`,
    );
    const mine = await allProjects(clients.dept!);
    expect(led.map((s) => s.code)).toContain("COMP-1");
    expect(new Set(mine.map((p) => p.specialCode))).toEqual(new Set(led.map((s) => s.code)));
  });

  it("shows a bank nothing until projects are on the published whitelist", async () => {
    expect(await allProjects(clients.bank!)).toEqual([]);
  });

  it("shows the city and the auditor all 375", async () => {
    expect(await allProjects(clients.admin!)).toHaveLength(375);
    expect(await allProjects(clients.auditor!)).toHaveLength(375);
  });

  it("refuses anonymous readers of projects and plans", async () => {
    expect((await t.anonymous({ method: "GET", url: "/api/v1/projects" })).statusCode).toBe(401);
    expect(
      (await t.anonymous({ method: "GET", url: "/api/v1/plans/CQ-NEWINFRA-2020-2022/summary" })).statusCode,
    ).toBe(401);
  });
});
