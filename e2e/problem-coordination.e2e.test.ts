import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProblemDetail, ProblemPage } from "../src/domain/contracts/problems.js";
import type { ProjectPage } from "../src/domain/contracts/project.js";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const TITLE = `数据中心外部供电线路未落地（测试${Date.now() % 100000}）`;
const ESCALATION_REASON = "供电公司答复线路走廊需区县协调";
const RESULT = "区县与供电公司明确线路路径，已开工建设";

let server: RunningServer;
let chromium: TestBrowser;
let districtContext: BrowserContext;
let cityContext: BrowserContext | undefined;
let page: Page;
let yubeiApi: ApiSession;
let projectName = "";

beforeAll(async () => {
  server = await startDemoServer();
  yubeiApi = await signInApi(server.baseUrl, "yubei");
  const projects = await jsonOf<ProjectPage>(yubeiApi.get("/api/v1/projects?limit=1&sort=name&order=asc"));
  projectName = projects.items[0]!.name;
  chromium = await launchBrowser();
  districtContext = await chromium.newContext();
  page = await districtContext.newPage();
  await signInThroughForm(page, server.baseUrl, "yubei");
});

afterAll(async () => {
  await cityContext?.close();
  await districtContext?.close();
  await chromium?.browser.close();
  await server?.stop();
});

/** The problem as the district's API session sees it now. */
async function stored(): Promise<ProblemDetail> {
  const page = await jsonOf<ProblemPage>(yubeiApi.get("/api/v1/problems?limit=200"));
  const found = page.items.find((p) => p.title === TITLE);
  if (!found) throw new Error(`no problem titled ${TITLE}`);
  return jsonOf<ProblemDetail>(yubeiApi.get(`/api/v1/problems/${found.id}`));
}

/** Opens the select named `selectName` inside `scope` and clicks the shown option holding `option`. */
async function pick(scope: Locator, selectName: string, option: string): Promise<void> {
  await scope.getByRole("combobox", { name: selectName }).click();
  await page.locator(".ant-select-item-option").filter({ hasText: option }).first().click();
}

describe("coordinating a blocking problem: a district raises and escalates it, the city resolves it", () => {
  it("lets the district raise a problem on one of its projects from the coordination board", async () => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "问题协调" }).click();
    await page.getByRole("heading", { level: 1, name: "问题协调" }).waitFor();
    await page.getByRole("button", { name: "提出问题" }).click();
    const dialog = page.getByRole("dialog", { name: "提出问题" });
    await dialog.waitFor();

    const project = dialog.getByRole("combobox", { name: /项目$/ });
    await project.click();
    await project.fill(projectName);
    await page.locator(".ant-select-item-option").filter({ hasText: projectName }).first().click();
    await pick(dialog, "问题类别", "用电");
    await dialog.getByLabel("问题标题").fill(TITLE);
    await dialog.getByLabel("问题描述").fill("110kV 专线路径尚未批复，影响设备调试");
    await dialog.getByLabel("责任单位").fill("国网重庆市电力公司渝北供电分公司");
    await dialog.getByRole("button", { name: /提\s*交/ }).click();
    await dialog.waitFor({ state: "hidden" });

    // The new problem opens in the drawer, at the owner tier, with its history.
    const drawer = page.getByRole("dialog", { name: TITLE });
    await drawer.waitFor();
    await drawer.getByText("提出问题，由业主协调").waitFor();
    const problem = await stored();
    expect(problem).toMatchObject({ status: "open", tier: "owner", category: "power" });
    expect(problem.project.name).toBe(projectName);
    expect(problem.raisedBy?.username).toBe("yubei");
  });

  it("escalates it one tier up with a reason, and the board shows it at the district", async () => {
    const drawer = page.getByRole("dialog", { name: TITLE });
    await drawer.getByRole("button", { name: "提级协调" }).click();
    const dialog = page.getByRole("dialog", { name: "提级至区县协调" });
    await dialog.getByLabel("提级原因").fill(ESCALATION_REASON);
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await drawer.getByText("提级：业主 → 区县").waitFor();
    await drawer.getByText(ESCALATION_REASON).waitFor();
    expect(await stored()).toMatchObject({ tier: "district", version: 2 });

    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    const row = page.getByRole("row").filter({ hasText: TITLE });
    await expect.poll(() => row.getByRole("cell").allTextContents()).toContain("区县");
  });

  it("lets the city resolve it with the result, and the district sees it resolved", async () => {
    cityContext = await chromium.newContext();
    const city = await cityContext.newPage();
    await signInThroughForm(city, `${server.baseUrl}/coordination`, "admin");
    await city.getByRole("heading", { level: 1, name: "问题协调" }).waitFor();
    await city.getByRole("button", { name: TITLE }).click();
    const drawer = city.getByRole("dialog", { name: TITLE });
    await drawer.getByRole("button", { name: "标记解决" }).click();
    const dialog = city.getByRole("dialog", { name: "标记为已解决" });
    await dialog.getByLabel("办理结果").fill(RESULT);
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await drawer.getByText(RESULT).waitFor();
    await drawer.getByRole("button", { name: "重新打开" }).waitFor();

    const problem = await stored();
    expect(problem).toMatchObject({ status: "resolved", tier: "district", version: 3 });
    expect(problem.resolvedAt).not.toBeNull();
    expect(problem.events.map((e) => [e.kind, e.by?.username])).toEqual([
      ["raised", "yubei"],
      ["escalated", "yubei"],
      ["status", "admin"],
    ]);

    await page.goto(`${server.baseUrl}/coordination?status=resolved`);
    const row = page.getByRole("row").filter({ hasText: TITLE });
    await expect.poll(() => row.getByRole("cell").allTextContents(), { timeout: 15_000 }).toContain("已解决");
  });
});
