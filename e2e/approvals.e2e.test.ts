import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApprovalPage } from "../src/domain/contracts/approvals.js";
import type { ProjectPage } from "../src/domain/contracts/project.js";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const OWNER = "owner1";
const BODY = `两江新区住房城乡建委（测试${Date.now() % 100000}）`;

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let ownerApi: ApiSession;
let projectId = 0;
let projectName = "";

/** Today in Asia/Shanghai, the business date the server reckons with. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

beforeAll(async () => {
  server = await startDemoServer();
  ownerApi = await signInApi(server.baseUrl, OWNER);
  const projects = await jsonOf<ProjectPage>(ownerApi.get("/api/v1/projects?limit=1&sort=name&order=asc"));
  projectId = projects.items[0]!.id;
  projectName = projects.items[0]!.name;
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
  await signInThroughForm(page, server.baseUrl, OWNER);
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

describe("recording an approval on a project and following it on the approvals board", () => {
  it("lets the owner record an approval from the project page, with the kind's limits filled in", async () => {
    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole("heading", { level: 1, name: projectName }).waitFor();
    await page.getByRole("button", { name: "登记事项" }).click();
    const dialog = page.getByRole("dialog", { name: "登记审批备案事项" });
    await dialog.waitFor();

    await dialog.getByRole("combobox", { name: "事项类别" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "项目核准" }).first().click();
    // The kind's defaults: 20 working days by law, 10 promised.
    expect(await dialog.getByLabel("法定办结时限（工作日）").inputValue()).toBe("20");
    expect(await dialog.getByLabel("承诺办结时限（工作日）").inputValue()).toBe("10");
    await dialog.getByLabel("审批部门").fill(BODY);
    const submitted = dialog.getByLabel("申报（受理）日期");
    await submitted.click();
    await submitted.fill(today);
    await submitted.press("Tab");
    await dialog.getByRole("button", { name: /登\s*记/ }).click();
    await dialog.waitFor({ state: "hidden" });

    const row = page.getByRole("row").filter({ hasText: BODY });
    await row.waitFor();
    expect(await row.getByText("项目核准").count()).toBe(1);
    expect(await row.getByText("办理中").count()).toBe(1);

    const stored = await jsonOf<ApprovalPage>(
      ownerApi.get(`/api/v1/approvals?project=${projectId}&status=open`),
    );
    const item = stored.items.find((i) => i.approvingBody === BODY);
    expect(item).toMatchObject({
      kind: "approval",
      statutoryDays: 20,
      targetDays: 10,
      submittedOn: today,
      completedOn: null,
      createdBy: OWNER,
      status: "open_within_target",
    });
  });

  it("shows the item on the board in green, with the figures and the calendar", async () => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审批提速" }).click();
    await page.getByRole("heading", { level: 1, name: "审批提速" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: BODY });
    await row.waitFor();
    expect(await row.getByRole("link", { name: projectName }).count()).toBe(1);
    const tag = row.locator("[data-sla]");
    expect(await tag.getAttribute("data-sla")).toBe("green");
    expect(await tag.textContent()).toBe("办理中");

    // The figures of the summary and the calendar section are there too.
    await page.getByText("提速中位数").first().waitFor();
    await page.getByText("节假日与调休安排").waitFor();
  });

  it("narrows the board by kind and keeps the item under its own kind only", async () => {
    await page.getByRole("combobox", { name: "事项类别" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "施工许可" }).first().click();
    await page.getByRole("button", { name: /查\s*询/ }).click();
    await page.waitForURL(/kind=construction_permit/);
    // The previous page stays on screen while the filtered one loads: wait for the item to leave.
    await page.getByRole("row").filter({ hasText: BODY }).waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "已显示" }).waitFor();
    expect(await page.getByRole("row").filter({ hasText: BODY }).count()).toBe(0);

    await page.goto(`${server.baseUrl}/approvals?kind=approval`);
    await page.getByRole("row").filter({ hasText: BODY }).waitFor();
  });
});
