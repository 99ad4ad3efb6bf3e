import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, signInApi } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const PORTFOLIO_TOTAL = 375;

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
/** What the API itself counts for the district account. */
let yubeiCount: number;

beforeAll(async () => {
  server = await startDemoServer();
  const yubei = await signInApi(server.baseUrl, "yubei");
  yubeiCount = (await jsonOf<{ total: number }>(yubei.get("/api/v1/projects/count"))).total;
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

/** The text of one column (found by its header) in every data row of the project table. */
async function columnTexts(header: string): Promise<string[]> {
  const headers = await page.getByRole("columnheader").allTextContents();
  const index = headers.findIndex((text) => text.trim() === header);
  if (index < 0) throw new Error(`no column "${header}" in ${headers.join(" | ")}`);
  const rows = await page
    .getByRole("row")
    .filter({ has: page.getByRole("link") })
    .all();
  const texts: string[] = [];
  for (const row of rows) texts.push((await row.getByRole("cell").allTextContents())[index] ?? "");
  return texts;
}

describe("a district account (渝北区) on the demo portfolio", () => {
  it("is a real subset of the portfolio according to the API", () => {
    expect(yubeiCount).toBeGreaterThan(0);
    expect(yubeiCount).toBeLessThan(PORTFOLIO_TOTAL);
  });

  it("sees its scope and its own project count on the dashboard, not the city's", async () => {
    await signInThroughForm(page, server.baseUrl, "yubei");
    const projects = page.getByRole("region", { name: "项目总数" });
    await projects.waitFor();
    await expect
      .poll(() => page.getByRole("note", { name: "数据范围" }).textContent())
      .toBe("数据范围：渝北区");
    const shown = Number(/\d+/.exec((await projects.getByText(/^\d+$/).first().textContent()) ?? "")?.[0]);
    expect(shown).toBe(yubeiCount);
    expect(shown).not.toBe(PORTFOLIO_TOTAL);
  });

  it("lists only 渝北区 projects, as many as the API counts", async () => {
    await page.goto(`${server.baseUrl}/projects?limit=100`);
    await page.getByRole("heading", { level: 1, name: "项目库" }).waitFor();
    await expect
      .poll(
        async () => {
          const districts = await columnTexts("区县");
          const status = page.getByRole("status").filter({ hasText: /共 \d+ 个项目/ });
          const total = (await status.count())
            ? Number(/共 (\d+) 个项目/.exec((await status.textContent()) ?? "")?.[1])
            : NaN;
          return {
            rows: districts.length,
            onlyYubei: districts.length > 0 && districts.every((name) => name === "渝北区"),
            total,
          };
        },
        { timeout: 15_000 },
      )
      .toEqual({ rows: yubeiCount, onlyYubei: true, total: yubeiCount });
    expect(await page.getByRole("note", { name: "数据范围" }).textContent()).toBe("数据范围：渝北区");
  });

  it("has no audit log or publicity management in its menu, and gets a 403 page by URL", async () => {
    const menu = page.getByRole("navigation", { name: "主导航" });
    expect(await menu.getByRole("link", { name: "项目库" }).count()).toBe(1);
    expect(await menu.getByRole("link", { name: "审计日志" }).count()).toBe(0);
    expect(await menu.getByRole("link", { name: "宣传推介管理" }).count()).toBe(0);

    await page.goto(`${server.baseUrl}/audit`);
    await page.getByRole("heading", { level: 1, name: "无权访问" }).waitFor();
    await page.goto(`${server.baseUrl}/publications`);
    await page.getByRole("heading", { level: 1, name: "无权访问" }).waitFor();
  });

  it("shows the scope in English too", async () => {
    await page.goto(server.baseUrl);
    await page.getByText("English", { exact: true }).click();
    await expect
      .poll(() => page.getByRole("note", { name: "Data scope" }).textContent())
      .toBe("Scope: Yubei District");
  });
});
