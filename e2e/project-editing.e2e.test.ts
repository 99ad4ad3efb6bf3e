import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const OWNER = "owner1";
const NAME = `两江新区边缘计算节点（测试${Date.now() % 100000}）`;
const RENAMED = `${NAME}一期`;

let server: RunningServer;
let chromium: TestBrowser;
let first: BrowserContext;
let second: BrowserContext;
let page: Page;
let projectPath = "";

beforeAll(async () => {
  server = await startDemoServer();
  chromium = await launchBrowser();
  first = await chromium.newContext();
  page = await first.newPage();
  await signInThroughForm(page, server.baseUrl, OWNER);
});

afterAll(async () => {
  await second?.close();
  await first?.close();
  await chromium?.browser.close();
  await server?.stop();
});

/** Picks an option of an antd select (found by its accessible name): types part of it and takes the first match. */
async function choose(on: Page, selectName: string, typed: string, option: string): Promise<void> {
  const select = on.getByRole("combobox", { name: selectName });
  await select.click();
  await select.fill(typed);
  await on.getByRole("option", { name: option, exact: true }).waitFor({ state: "attached" });
  await select.press("Enter");
}

/** Types a date into an antd date picker (found by its label) and leaves the field (Enter would submit the form). */
async function enterDate(on: Page, label: string, date: string): Promise<void> {
  const input = on.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press("Tab");
}

/** Opens the edit form of the project in `on` and waits until it shows the stored values. */
async function openEditor(on: Page): Promise<void> {
  await on.goto(`${server.baseUrl}${projectPath}/edit`);
  await on.getByRole("heading", { level: 1, name: /^编辑项目：/ }).waitFor();
}

describe("registering and editing a project as its owner", () => {
  it("registers a project through the form with amounts in 万元, and it starts in planning", async () => {
    await page.getByRole("link", { name: "项目库" }).click();
    await page.getByRole("button", { name: "新建项目" }).click();
    await page.getByRole("heading", { level: 1, name: "新建项目" }).waitFor();

    await page.getByLabel("项目名称").fill(NAME);
    await page.getByRole("combobox", { name: "所属专项" }).click();
    await page.getByRole("menuitemcheckbox", { name: "智能计算基础设施" }).click();
    await page.getByRole("menuitemcheckbox", { name: /^COMP-2 / }).click();
    await choose(page, "所在区县", "渝北", "渝北区");
    await choose(page, "项目级别", "市", "市级");
    await page.getByLabel("总投资（万元）").fill("12345.67");
    await enterDate(page, "计划开工日期", "2021-03-01");
    await enterDate(page, "计划竣工日期", "2022-12-31");

    await page.getByRole("button", { name: "添加资金来源" }).click();
    await choose(page, "第 1 行资金来源", "自筹", "企业自筹/社会资本");
    await page.getByLabel("第 1 行计划金额").fill("10000");
    await page.getByLabel("第 1 行已落实金额").fill("2000.5");
    await page.getByRole("button", { name: "添加年度计划" }).click();
    await page.getByLabel("第 1 行年度", { exact: true }).fill("2021");
    await page.getByLabel("第 1 行年度计划投资").fill("5000");

    // The totals follow the typing, exactly: 12,345.67 − 10,000 still lacks a source.
    const totals = page.getByRole("region", { name: "金额核对" });
    await totals.getByText("资金来源尚有 2,345.67 万元未安排").waitFor();
    expect(await totals.getByText("年度计划合计比总投资少 7,345.67 万元").count()).toBe(1);

    await page.getByRole("button", { name: "登记项目" }).click();
    await page.waitForURL(/\/projects\/\d+$/);
    projectPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    expect(await page.getByText("12,345.67", { exact: true }).count()).toBeGreaterThan(0);
    const lifecycle = page.getByRole("region", { name: "项目阶段" });
    expect(await lifecycle.getByRole("status").textContent()).toBe("当前阶段：策划包装");
    expect(await page.getByRole("button", { name: "删除" }).count()).toBe(1);
  });

  it("edits the project, showing the stored amounts in 万元", async () => {
    await page.getByRole("button", { name: "编辑" }).click();
    await page.getByRole("heading", { level: 1, name: /^编辑项目：/ }).waitFor();
    expect(await page.getByLabel("总投资（万元）").inputValue()).toBe("12345.67");
    await page.getByLabel("项目名称").fill(RENAMED);
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.getByRole("heading", { level: 1, name: RENAMED }).waitFor();
  });

  it("shows what someone else changed when a save is stale, and re-applies on top", async () => {
    second = await chromium.newContext();
    const other = await second.newPage();
    await signInThroughForm(other, server.baseUrl, OWNER);
    await openEditor(page);
    await openEditor(other);

    await other.getByLabel("建设内容").fill("新增边缘计算机柜 200 个");
    await other.getByRole("button", { name: "保存修改" }).click();
    await other.getByRole("heading", { level: 1, name: RENAMED }).waitFor();

    await page.getByLabel("项目名称").fill(`${RENAMED}（调整）`);
    await page.getByRole("button", { name: "保存修改" }).click();
    const dialog = page.getByRole("dialog", { name: "保存冲突：项目已被他人修改" });
    await dialog.waitFor();
    const changed = dialog.getByRole("table");
    const row = changed.getByRole("row").filter({ hasText: "建设内容" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("新增边缘计算机柜 200 个");
    expect(await row.textContent()).toContain("未修改");

    await dialog.getByRole("button", { name: "以我的修改覆盖" }).click();
    await page.getByRole("heading", { level: 1, name: `${RENAMED}（调整）` }).waitFor();
    expect(await page.getByText("新增边缘计算机柜 200 个").count()).toBe(1);
  });

  it("moves the project from planning to the reserve with a reason, and lists the move", async () => {
    await page.getByRole("button", { name: "转为申报储备" }).click();
    const dialog = page.getByRole("dialog", { name: "从“策划包装”转为“申报储备”" });
    await dialog.getByLabel("转换原因").fill("前期材料齐备，申报入库");
    await dialog.getByRole("button", { name: "确认转换" }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("region", { name: "项目阶段" }).getByRole("status").getByText("申报储备").waitFor();
    const history = page.getByRole("region", { name: "阶段变更记录" });
    await history.getByText("原因：前期材料齐备，申报入库").waitFor();
    expect(await history.textContent()).toMatch(/策划包装.*申报储备/);
    expect(await history.textContent()).toContain(OWNER);
    expect(await page.getByRole("button", { name: "删除" }).count()).toBe(0);
  });

  it("explains a precondition the next move fails", async () => {
    await page.getByRole("button", { name: "转为新开工" }).click();
    const dialog = page.getByRole("dialog", { name: "从“申报储备”转为“新开工”" });
    await dialog.getByLabel("转换原因").fill("拟于年内开工");
    await dialog.getByRole("button", { name: "确认转换" }).click();
    await dialog.getByText("不满足转换条件").waitFor();
    expect(await dialog.getByText(/新开工须已取得投资项目代码/).count()).toBe(1);
    await dialog
      .getByRole("button", { name: "返 回" })
      .or(dialog.getByRole("button", { name: "返回" }))
      .click();
  });
});
