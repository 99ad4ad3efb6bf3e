import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { DEMO_ADMIN, startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const NAME = "5G网络重点区域覆盖率";

interface Listed {
  items: { code: string; progress: { status: string; value: string | null; percent: string | null } }[];
}

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let admin: ApiSession;

beforeAll(async () => {
  server = await startDemoServer();
  admin = await signInApi(server.baseUrl, DEMO_ADMIN.username, DEMO_ADMIN.password);
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

const card = () => page.getByRole("region", { name: NAME });
const bar = () => card().getByRole("progressbar", { name: `${NAME}完成进度` });
const coverage = async () =>
  (await jsonOf<Listed>(admin.get("/api/v1/indicators"))).items.find(
    (i) => i.code === "5G_KEY_AREA_COVERAGE",
  )!;

async function recordThroughDialog(value: string, source: string) {
  await card()
    .getByRole("button", { name: /填\s*报/ })
    .click();
  const dialog = page.getByRole("dialog", { name: `填报：${NAME}` });
  await dialog.waitFor();
  await dialog.getByLabel("数值（%）").fill(value);
  await dialog.getByLabel("数据来源").fill(source);
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  return dialog;
}

describe("KPI indicators for the city DRC", () => {
  it("lists the plan's indicators with their targets and the library's count", async () => {
    await signInThroughForm(page, server.baseUrl, "admin");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "指标监测" }).click();
    await page.getByRole("heading", { level: 1, name: "指标监测" }).waitFor();
    await card().waitFor();
    expect(await page.getByRole("region").count()).toBeGreaterThanOrEqual(8);
    expect(await card().textContent()).toContain("到 2022 年达到 80% 以上");
    expect(await card().textContent()).toContain("本期未填报");
    const platforms = page.getByRole("region", { name: "综合性工业互联网服务平台、人工智能服务平台" });
    expect(await platforms.textContent()).toContain("项目库计算");
  });

  it("names a bad value in the dialog and stores nothing", async () => {
    const dialog = await recordThroughDialog("120", "市通信管理局");
    await dialog.getByText("百分比须在 0 到 100 之间").waitFor();
    const history = await jsonOf<{ items: unknown[] }>(
      admin.get("/api/v1/indicators/5G_KEY_AREA_COVERAGE/values"),
    );
    expect(history.items).toEqual([]);
    await dialog.getByRole("button", { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  it("records a value and shows its progress, then a correction", async () => {
    const dialog = await recordThroughDialog("72.5", "市通信管理局 5G 覆盖测算");
    await dialog.waitFor({ state: "hidden" });
    // The plan's deadline (2022) has passed: 72.5 of 80 is behind, at 90.6% of the target.
    await expect.poll(async () => bar().getAttribute("aria-valuenow")).toBe("90.6");
    expect(await card().textContent()).toContain("滞后");
    expect(await card().textContent()).toContain("72.5%");
    expect(await coverage()).toMatchObject({
      progress: { status: "behind", value: "72.5", percent: "90.6" },
    });

    const correction = await recordThroughDialog("85", "市通信管理局更正");
    await correction.waitFor({ state: "hidden" });
    await expect.poll(async () => bar().getAttribute("aria-valuenow")).toBe("100");
    expect(await card().textContent()).toContain("已达标");
    expect(await coverage()).toMatchObject({ progress: { status: "met", value: "85", percent: "106.2" } });
  });

  it("keeps the corrected value in the history", async () => {
    await card()
      .getByRole("button", { name: /历史记录/ })
      .click();
    const drawer = page.getByRole("dialog", { name: `填报历史：${NAME}` });
    await drawer.waitFor();
    const rows = drawer.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain("有效");
    expect(await rows.nth(1).textContent()).toContain("已更正");
    expect(await rows.nth(1).textContent()).toContain("72.5%");
  });
});
