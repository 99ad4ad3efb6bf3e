import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, signInApi } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { DEMO_ADMIN, startDemoServer, type RunningServer } from "./support/server.js";

const PUBLISHED_TITLE = "两江新区5G+工业互联网融合应用示范";
const DRAFT_TITLE = "尚在审核的智慧交通示范案例";
const NEED_TITLE = "城市级物联感知平台应用场景需求征集";

interface Created {
  id: number;
  version: number;
}
interface ProjectPage {
  items: { id: number; name: string }[];
}

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let published: Created;
let linkedProject: string;

beforeAll(async () => {
  server = await startDemoServer();
  const admin = await signInApi(server.baseUrl, DEMO_ADMIN.username, DEMO_ADMIN.password);
  const projects = await jsonOf<ProjectPage>(admin.get("/api/v1/projects?limit=1"));
  linkedProject = projects.items[0]!.name;
  const item = (kind: string, title: string, projectIds: number[] = []) => ({
    kind,
    title,
    body: `${title}：建设内容与成效介绍。\n第二段说明。`,
    projectIds,
    images: [{ name: "site.jpg", caption: "建设现场", width: 1600, height: 900, mediaType: "image/jpeg" }],
  });
  const draft = await jsonOf<Created>(
    admin.send("POST", "/api/v1/publications", item("case", PUBLISHED_TITLE, [projects.items[0]!.id])),
  );
  published = await jsonOf<Created>(
    admin.send("POST", `/api/v1/publications/${draft.id}/publish`, { version: draft.version }),
  );
  await jsonOf(admin.send("POST", "/api/v1/publications", item("case", DRAFT_TITLE)));
  const need = await jsonOf<Created>(admin.send("POST", "/api/v1/publications", item("need", NEED_TITLE)));
  await jsonOf(admin.send("POST", `/api/v1/publications/${need.id}/publish`, { version: need.version }));

  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
});

describe("the public portal for an anonymous visitor", () => {
  it("needs no sign-in, while the project API refuses anonymous callers", async () => {
    const portal = await fetch(`${server.baseUrl}/api/v1/public/publications`);
    expect(portal.status).toBe(200);
    const projects = await fetch(`${server.baseUrl}/api/v1/projects`);
    expect(projects.status).toBe(401);
    expect(((await projects.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });

  it("shows what the city published and not its drafts", async () => {
    await page.goto(`${server.baseUrl}/public`);
    await page.getByRole("heading", { level: 1, name: /重庆市新型基础设施重大项目\s*宣传推介/ }).waitFor();
    const card = page.getByRole("article", { name: PUBLISHED_TITLE });
    await card.waitFor();
    expect(await page.getByRole("article", { name: DRAFT_TITLE }).count()).toBe(0);
    expect(await page.getByText(DRAFT_TITLE).count()).toBe(0);
    expect(await card.getByText(linkedProject).count()).toBe(1);
    expect(await card.getByText("建设现场").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1, name: "账户登录" }).count()).toBe(0);
  });

  it("has a tab per kind", async () => {
    await page.getByRole("tab", { name: "应用需求" }).click();
    await page.getByRole("article", { name: NEED_TITLE }).waitFor();
    expect(await page.getByRole("article", { name: PUBLISHED_TITLE }).count()).toBe(0);
    await page.getByRole("tab", { name: "示范案例" }).click();
    await page.getByRole("article", { name: PUBLISHED_TITLE }).waitFor();
  });

  it("opens an item in full at /public/:id", async () => {
    await page.getByRole("link", { name: PUBLISHED_TITLE, exact: true }).click();
    await page.waitForURL(new RegExp(`/public/${published.id}$`));
    await page.getByRole("heading", { level: 1, name: PUBLISHED_TITLE }).waitFor();
    expect(await page.getByText("第二段说明。").count()).toBe(1);
  });

  it("switches language", async () => {
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("heading", { level: 1, name: PUBLISHED_TITLE }).waitFor();
    await page.getByRole("link", { name: /Back to the portal/ }).waitFor();
    await page.getByText("中文", { exact: true }).click();
  });

  it("links staff to the sign-in page, which links back to the portal", async () => {
    await page.getByRole("button", { name: /登录/ }).click();
    await page.getByRole("heading", { level: 1, name: "账户登录" }).waitFor();
    await page.getByRole("link", { name: /访问宣传推介门户/ }).click();
    await page.waitForURL(/\/public$/);
    await page.getByRole("article", { name: PUBLISHED_TITLE }).waitFor();
  });
});
