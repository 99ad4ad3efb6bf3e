import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { DEMO_ADMIN, REPO_ROOT, startDemoServer, type RunningServer } from "./support/server.js";

const SCREENSHOT = join(REPO_ROOT, "docs", "screenshot-dashboard.png");

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer();
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
  // allTextContents does not wait, so a row replaced by a re-render reads as empty instead of stalling.
  for (const row of rows) texts.push((await row.getByRole("cell").allTextContents())[index] ?? "");
  return texts;
}

/** The total in "共 N 个项目…" above the project table, or NaN while it is loading. */
async function filteredTotal(): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /共 \d+ 个项目/ });
  if ((await status.count()) === 0) return Number.NaN;
  return Number(/共 (\d+) 个项目/.exec((await status.textContent()) ?? "")?.[1]);
}

describe("the web console on the Chongqing demo portfolio", () => {
  it("asks for a sign-in, then shows 375 projects in 21 specials on the dashboard", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("heading", { level: 1, name: "账户登录" }).waitFor();
    await page.getByLabel("用户名").fill(DEMO_ADMIN.username);
    await page.getByLabel("密码").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: /登\s*录/ }).click();

    const projects = page.getByRole("region", { name: "项目总数" });
    await projects.waitFor();
    expect(await projects.textContent()).toContain("375");
    expect(await page.getByRole("region", { name: "专项数" }).textContent()).toContain("21");
    expect(await page.getByText("共 21 个专项").count()).toBe(1);

    const specialsTable = page.getByRole("table").filter({ hasText: "专项代码" });
    expect(
      await specialsTable
        .getByRole("row")
        .filter({ has: page.getByRole("cell") })
        .count(),
    ).toBe(21);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("数据看板");

    // Charts draw on canvas with an entry animation; wait for them before the README screenshot.
    await page.getByRole("img", { name: "区县投资排名" }).locator("canvas").waitFor();
    await page.waitForTimeout(1500);
    await mkdir(join(REPO_ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it("filters the project list by district, in the URL", async () => {
    await page.getByRole("link", { name: "项目库" }).click();
    await page.getByRole("heading", { level: 1, name: "项目库" }).waitFor();

    const district = page.getByRole("combobox", { name: "区县" });
    await district.click();
    await district.fill("渝北");
    await page.getByRole("option", { name: "渝北区" }).click();

    await page.waitForURL(/[?&]district=500112\b/);
    // The count and the page load separately; wait until both describe the filtered list.
    await expect
      .poll(
        async () => {
          const districts = await columnTexts("区县");
          const total = await filteredTotal();
          return {
            onlyYubei: districts.length > 0 && districts.every((name) => name === "渝北区"),
            narrowed: total > 0 && total < 375,
            rowsMatchCount: districts.length === Math.min(total, 20),
          };
        },
        { timeout: 15_000 },
      )
      .toEqual({ onlyYubei: true, narrowed: true, rowsMatchCount: true });
  });

  it("opens a project's detail page", async () => {
    const firstProject = page
      .getByRole("row")
      .filter({ has: page.getByRole("link") })
      .first()
      .getByRole("link");
    const name = (await firstProject.textContent()) ?? "";
    await firstProject.click();

    await page.waitForURL(/\/projects\/\d+$/);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.getByText("基本信息").count()).toBeGreaterThan(0);
    expect(await page.getByText("统一社会信用代码").count()).toBe(1);
    expect(await page.getByText("资金来源与落实").count()).toBe(1);
    expect(await page.getByText(/渝北区/).count()).toBeGreaterThan(0);
  });

  it("switches to English and keeps the choice after a reload", async () => {
    await page.getByText("English", { exact: true }).click();
    await page.getByText("Basic information").waitFor();
    expect(await page.getByText("Unified social credit code").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Projects" }).count()).toBe(1);

    await page.reload();
    await page.getByText("Basic information").waitFor();

    await page.getByRole("link", { name: "Dashboard" }).click();
    const projects = page.getByRole("region", { name: "Projects" });
    await projects.waitFor();
    expect(await projects.textContent()).toContain("375");
    expect(await page.getByRole("columnheader", { name: "Target projects" }).count()).toBe(1);
  });
});
