import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { DEMO_ADMIN, startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const TITLE = "西部（重庆）科学城智算中心应用示范";

interface Publication {
  id: number;
  title: string;
  version: number;
  status: string;
  projects: { id: number; name: string }[];
  images: { name: string }[];
}

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let admin: ApiSession;
let projectName: string;

beforeAll(async () => {
  server = await startDemoServer();
  admin = await signInApi(server.baseUrl, DEMO_ADMIN.username, DEMO_ADMIN.password);
  const page1 = await jsonOf<{ items: { name: string }[] }>(admin.get("/api/v1/projects?limit=1"));
  projectName = page1.items[0]!.name;
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

const listed = async () => (await jsonOf<{ items: Publication[] }>(admin.get("/api/v1/publications"))).items;

describe("publicity management for the city DRC", () => {
  it("creates a draft with a project found by search and an image", async () => {
    await signInThroughForm(page, server.baseUrl, "admin");
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "宣传推介管理" })
      .click();
    await page.getByRole("heading", { level: 1, name: "宣传推介管理" }).waitFor();
    await page.getByRole("button", { name: /新建内容/ }).click();

    const drawer = page.getByRole("dialog", { name: "新建宣传推介内容" });
    await drawer.waitFor();
    await drawer.getByLabel("标题").fill(TITLE);
    await drawer.getByLabel("正文").fill("建成全市首个城市级智算中心。\n支撑自动驾驶与工业质检模型训练。");
    const projects = drawer.getByRole("combobox", { name: "关联项目" });
    await projects.click();
    await projects.fill(projectName);
    // The search answers after a pause; Enter then picks the first (only) match.
    await page.getByRole("option", { name: projectName }).waitFor({ state: "attached" });
    await projects.press("Enter");
    await drawer.getByText(projectName).waitFor();
    await drawer.getByRole("button", { name: /添加图片/ }).click();
    await drawer.getByLabel("文件名").fill("hall.jpg");
    await drawer.getByLabel("图片说明").fill("智算中心机房");
    await drawer.getByLabel("宽（像素）").fill("1920");
    await drawer.getByLabel("高（像素）").fill("1080");
    await drawer.getByRole("button", { name: /保\s*存/ }).click();
    await drawer.waitFor({ state: "hidden" });

    const row = page.getByRole("row").filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain("草稿");
    const saved = (await listed()).find((p) => p.title === TITLE)!;
    expect(saved.projects.map((p) => p.name)).toEqual([projectName]);
    expect(saved.images.map((i) => i.name)).toEqual(["hall.jpg"]);
  });

  it("publishes it to the portal", async () => {
    await page.getByRole("button", { name: `发布：${TITLE}` }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    const row = page.getByRole("row").filter({ hasText: TITLE });
    await expect.poll(async () => (await row.textContent()) ?? "").toContain("已发布");
    const portal = await jsonOf<{ items: { title: string }[] }>(
      fetch(`${server.baseUrl}/api/v1/public/publications`),
    );
    expect(portal.items.map((p) => p.title)).toContain(TITLE);
  });

  it("shows a version conflict with a way to reload", async () => {
    const current = (await listed()).find((p) => p.title === TITLE)!;
    await page.getByRole("button", { name: `编辑：${TITLE}` }).click();
    const drawer = page.getByRole("dialog", { name: `编辑：${TITLE}` });
    await drawer.waitFor();
    // Someone else saves first.
    await jsonOf(
      admin.send("PATCH", `/api/v1/publications/${current.id}`, {
        version: current.version,
        kind: "case",
        title: TITLE,
        body: "他人修改后的正文。",
        projectIds: current.projects.map((p) => p.id),
        images: [],
      }),
    );
    await drawer.getByLabel("正文").fill("我的修改。");
    await drawer.getByRole("button", { name: /保\s*存/ }).click();
    const conflict = drawer.getByRole("alert").filter({ hasText: "版本冲突" });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`当前版本 ${current.version + 1}`);

    await conflict.getByRole("button", { name: "重新加载" }).click();
    const reloaded = page.getByRole("dialog", { name: `编辑：${TITLE}` });
    await expect.poll(() => reloaded.getByLabel("正文").inputValue()).toBe("他人修改后的正文。");
    expect(await reloaded.getByRole("alert").filter({ hasText: "版本冲突" }).count()).toBe(0);
  });
});
