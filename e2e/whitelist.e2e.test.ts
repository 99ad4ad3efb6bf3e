import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { DEMO_ADMIN, startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

interface Entry {
  id: number;
  status: string;
  project: { id: number; name: string };
  decisions: { decision: string; amountFen: string; bank: { name: string } }[];
}

let server: RunningServer;
let chromium: TestBrowser;
const contexts: BrowserContext[] = [];
let admin: ApiSession;
let projectName: string;

async function newPage(): Promise<Page> {
  const context = await chromium.newContext();
  contexts.push(context);
  return context.newPage();
}

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name }).click();

const entries = async (session: ApiSession) =>
  (await jsonOf<{ items: Entry[] }>(session.get("/api/v1/whitelist"))).items;

beforeAll(async () => {
  server = await startDemoServer();
  admin = await signInApi(server.baseUrl, DEMO_ADMIN.username, DEMO_ADMIN.password);
  chromium = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await chromium?.browser.close();
  await server?.stop();
});

describe("the major-project whitelist in the console", () => {
  it("lets the city propose candidates, confirm one and publish it", async () => {
    const page = await newPage();
    await signInThroughForm(page, server.baseUrl, "admin");
    await nav(page, "重大项目白名单");
    await page.getByRole("heading", { level: 1, name: "重大项目白名单" }).waitFor();

    // The city stops leaving out red projects first, so the candidates do not depend on which warnings
    // the demo data shows on the day the test runs.
    await page.getByRole("switch", { name: "排除上月红色预警项目" }).click();
    await page.getByRole("button", { name: /保存规则/ }).click();
    await page.getByText("规则已保存").waitFor();

    await page.getByRole("button", { name: /按规则提出候选/ }).click();
    await page.getByText(/新增候选 \d+ 个/).waitFor();
    const candidates = (await entries(admin)).filter((e) => e.status === "candidate");
    expect(candidates.length).toBeGreaterThan(0);
    projectName = candidates[0]!.project.name;

    await page.getByRole("button", { name: `确认：${projectName}` }).click();
    await page.getByRole("tab", { name: /已确认/ }).click();
    await page.getByRole("button", { name: `发布：${projectName}` }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await page.getByRole("tab", { name: /已发布 \(1\)/ }).click();
    await page.getByRole("row").filter({ hasText: projectName }).waitFor();

    const published = (await entries(admin)).filter((e) => e.status === "published");
    expect(published.map((e) => e.project.name)).toEqual([projectName]);
  });

  it("shows the bank the published project, where it records a credit decision", async () => {
    const page = await newPage();
    await signInThroughForm(page, server.baseUrl, "bank");
    await nav(page, "银行授信");
    await page.getByRole("heading", { level: 1, name: "银行授信" }).waitFor();
    const rows = page.getByRole("row").filter({ hasText: projectName });
    await rows.waitFor();
    expect(await page.locator("tbody tr.ant-table-row").count()).toBe(1);

    await page.getByRole("button", { name: `记录决定：${projectName}` }).click();
    const dialog = page.getByRole("dialog", { name: `对“${projectName}”的授信决定` });
    await dialog.waitFor();
    await dialog.getByLabel("批准授信").check();
    await dialog.getByLabel("授信金额（万元）").fill("5000");
    await dialog.getByLabel("说明").fill("项目资本金已到位，同意授信");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await page.getByText("授信决定已记录").waitFor();
    await expect.poll(async () => (await rows.textContent()) ?? "").toContain("批准授信 · 5,000.00 万元");

    const bank = await signInApi(server.baseUrl, "bank");
    const seen = await entries(bank);
    expect(seen.map((e) => e.project.name)).toEqual([projectName]);
    expect(seen[0]!.decisions.map((d) => [d.decision, d.amountFen])).toEqual([["approved", "5000000000"]]);
    const projects = await jsonOf<{ items: { name: string }[] }>(bank.get("/api/v1/projects?limit=50"));
    expect(projects.items.map((p) => p.name)).toEqual([projectName]);
  });
});
