import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

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

/** The data rows of the audit table (its header row has no cells). */
const entryRows = () =>
  page
    .getByRole("table")
    .first()
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

describe("the audit log for the auditor", () => {
  it("is in the auditor's menu, marked read-only", async () => {
    await signInThroughForm(page, server.baseUrl, "auditor");
    expect(await page.getByText("只读", { exact: true }).count()).toBe(1);
    const menu = page.getByRole("navigation", { name: "主导航" });
    expect(await menu.getByRole("link", { name: "宣传推介管理" }).count()).toBe(0);
    await menu.getByRole("link", { name: "审计日志" }).click();
    await page.getByRole("heading", { level: 1, name: "审计日志" }).waitFor();
  });

  it("shows the auditor's own sign-in, newest first, in Beijing time", async () => {
    const signIns = entryRows().filter({ hasText: "auth.login" }).filter({ hasText: "auditor" });
    await signIns.first().waitFor();
    const cells = await signIns.first().getByRole("cell").allTextContents();
    expect(cells.join(" ")).toContain("登录");
    expect(cells.join(" ")).toContain("成功");
    expect(cells.some((text) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text.trim()))).toBe(true);
  });

  it("filters by action", async () => {
    const action = page.getByRole("combobox", { name: "操作" });
    await action.click();
    await action.fill("登录（auth.login）");
    await action.press("Enter");
    await page.getByRole("button", { name: /查\s*询/ }).click();
    await page.waitForURL(/action=auth\.login/);
    await expect
      .poll(async () => {
        const texts = await entryRows().allTextContents();
        return (
          texts.length > 0 &&
          texts.every((text) => text.includes("auth.login") && !text.includes("auth.login_failed"))
        );
      })
      .toBe(true);
  });

  it("verifies the hash chain and says it is intact", async () => {
    await page.getByRole("button", { name: /校验哈希链/ }).click();
    const result = page.getByRole("status").filter({ hasText: "哈希链完整" });
    await result.waitFor();
    expect(await result.textContent()).toMatch(/共 \d+ 条记录，逐条校验通过/);
  });
});
