import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../../domain/contracts/common.js";
import type { ProjectDetail, ProjectPage } from "../../../domain/contracts/project.js";
import { seededApp, type Client, type TestApp } from "../../../testing/app.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await admin({ method: "GET", url });
  return { status: res.statusCode, body: res.json<T>() };
}

describe("GET /api/v1/projects", () => {
  it("walks every project exactly once by cursor, in descending investment", async () => {
    const seen: ProjectPage["items"] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: ProjectPage } = await get<ProjectPage>(
        `/api/v1/projects?limit=50${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(375);
    expect(new Set(seen.map((p) => p.id)).size).toBe(375);
    const amounts = seen.map((p) => BigInt(p.totalInvestmentFen));
    expect(amounts.every((a, i) => i === 0 || a <= amounts[i - 1]!)).toBe(true);
  });

  it("sorts by name ascending across pages", async () => {
    const first = await get<ProjectPage>("/api/v1/projects?sort=name&order=asc&limit=10");
    const second = await get<ProjectPage>(
      `/api/v1/projects?sort=name&order=asc&limit=10&cursor=${first.body.nextCursor}`,
    );
    const names = [...first.body.items, ...second.body.items].map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("filters by district, stage, special and Chinese text, and the count agrees", async () => {
    const page = await get<ProjectPage>("/api/v1/projects?district=500112&limit=200");
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(page.body.items.every((p) => p.districtCode === "500112")).toBe(true);
    const count = await get<{ total: number; investmentFen: string }>(
      "/api/v1/projects/count?district=500112",
    );
    expect(count.body.total).toBe(page.body.items.length);
    const sum = page.body.items.reduce((s, p) => s + BigInt(p.totalInvestmentFen), 0n);
    expect(count.body.investmentFen).toBe(sum.toString());

    const special = await get<ProjectPage>("/api/v1/projects?special=NET-1&limit=200");
    expect(special.body.items).toHaveLength(4);

    const word = special.body.items[0]!.name.slice(0, 2);
    const text = await get<ProjectPage>(`/api/v1/projects?q=${encodeURIComponent(word)}&limit=200`);
    expect(text.body.items.length).toBeGreaterThan(0);
    expect(text.body.items.every((p) => p.name.includes(word) || p.code?.includes(word))).toBe(true);

    const building = await get<ProjectPage>(
      "/api/v1/projects?stage=under_construction&planCategory=new_start&limit=200",
    );
    expect(
      building.body.items.every((p) => p.stage === "under_construction" && p.planCategory === "new_start"),
    ).toBe(true);
  });

  it("filters by region through the districts' region in force", async () => {
    const page = await get<ProjectPage>(`/api/v1/projects?region=${encodeURIComponent("渝东南")}&limit=200`);
    const southeast = new Set(["500114", "500156", "500240", "500241", "500242", "500243"]);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(page.body.items.every((p) => southeast.has(p.districtCode))).toBe(true);
  });

  it("treats % and _ in the search text literally", async () => {
    const page = await get<ProjectPage>("/api/v1/projects?q=%25");
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([]);
  });

  it("answers 400 naming the parameter, in Chinese and English, for an unknown district", async () => {
    const res = await get<ApiError>("/api/v1/projects?district=999999");
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("district");
    expect(res.body.error.message).toContain("district");
    expect(res.body.error.message).toMatch(/未知的区县代码/);
    expect(res.body.error.messageEn).toMatch(/unknown district code "999999"/);
  });

  it("answers 400 for a bad enum, limit or cursor, naming each", async () => {
    for (const [query, field] of [
      ["stage=building", "stage"],
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["sort=owner", "sort"],
      ["cursor=garbage", "cursor"],
      ["sector=NOPE", "sector"],
      ["region=%E7%81%AB%E6%98%9F", "region"],
    ] as const) {
      const res = await get<ApiError>(`/api/v1/projects?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field, query).toBe(field);
      expect(res.body.error.message.length).toBeGreaterThan(0);
      expect(res.body.error.messageEn.length).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/v1/projects/{id}", () => {
  it("returns the project with owner, lead department, funding and a progress series ending at its completed amount", async () => {
    const page = await get<ProjectPage>("/api/v1/projects?stage=completed&limit=1");
    const id = page.body.items[0]!.id;
    const res = await get<ProjectDetail>(`/api/v1/projects/${id}`);
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.owner.uscc).toMatch(/^[0-9A-Z]{18}$/);
    expect(p.leadDepartment?.name).toBeTruthy();
    expect(p.funding.reduce((s, f) => s + BigInt(f.plannedFen), 0n)).toBe(BigInt(p.totalInvestmentFen));
    const last = p.progress.at(-1)!;
    expect(last.cumulativeFen).toBe(p.totalInvestmentFen);
    expect(last.progressPct).toBe(100);
    expect(p.completedInvestmentFen).toBe(p.totalInvestmentFen);
  });

  it("answers 404 for an unknown project and 400 for a malformed id", async () => {
    expect((await get<ApiError>("/api/v1/projects/999999")).status).toBe(404);
    const bad = await get<ApiError>("/api/v1/projects/abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("id");
  });
});
