import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dashboard } from "../src/domain/contracts/dashboard.js";
import type { ProjectDetail, ProjectPage } from "../src/domain/contracts/project.js";
import type { DispatchSettings, Report } from "../src/domain/contracts/report.js";
import { formatAmount, type Fen } from "../src/domain/money.js";
import { lastMonthInShanghai } from "../web/src/lib/business-month.js";
import { jsonOf, signInApi, type ApiSession } from "./support/api-session.js";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const WAN = 1_000_000n;
/** What the owner reports for the month, in 万元. */
const INVESTED_WAN = 2500n;
const MONTH = lastMonthInShanghai();
const YEAR = MONTH.slice(0, 4);

let server: RunningServer;
let chromium: TestBrowser;
let ownerContext: BrowserContext;
let reviewerContext: BrowserContext;
let owner: Page;
let reviewer: Page;
let ownerApi: ApiSession;
let project: ProjectDetail;
let reportsBefore: Report[];
let reviewerName: "yubei" | "dept";
let dueDay = 5;

const wan = (fen: bigint) => formatAmount(fen as Fen, "wan", 2);

/** A project of owner1 under construction that the 渝北 district or the demo department reviews. */
async function pickProject(): Promise<{ detail: ProjectDetail; reviewer: "yubei" | "dept" }> {
  const page = await jsonOf<ProjectPage>(
    ownerApi.get("/api/v1/projects?stage=under_construction&sort=name&order=asc&limit=200"),
  );
  const reviewers = {
    yubei: await signInApi(server.baseUrl, "yubei"),
    dept: await signInApi(server.baseUrl, "dept"),
  };
  for (const name of ["yubei", "dept"] as const) {
    for (const item of page.items) {
      if ((await reviewers[name].get(`/api/v1/projects/${item.id}`)).status !== 200) continue;
      const detail = await jsonOf<ProjectDetail>(ownerApi.get(`/api/v1/projects/${item.id}`));
      if (detail.actualStart && !detail.actualEnd) return { detail, reviewer: name };
    }
  }
  throw new Error("owner1 has no building project that 渝北区 or the demo department reviews");
}

beforeAll(async () => {
  server = await startDemoServer();
  ownerApi = await signInApi(server.baseUrl, "owner1");
  const picked = await pickProject();
  project = picked.detail;
  reviewerName = picked.reviewer;
  reportsBefore = (await jsonOf<{ items: Report[] }>(ownerApi.get(`/api/v1/projects/${project.id}/reports`)))
    .items;
  const settings = await ownerApi.get("/api/v1/dispatch/settings");
  if (settings.ok) dueDay = ((await settings.json()) as DispatchSettings).reportDueDay;
  chromium = await launchBrowser();
  ownerContext = await chromium.newContext();
  owner = await ownerContext.newPage();
  await signInThroughForm(owner, server.baseUrl, "owner1");
});

afterAll(async () => {
  await reviewerContext?.close();
  await ownerContext?.close();
  await chromium?.browser.close();
  await server?.stop();
});

describe("the monthly dispatch: an owner reports, a reviewer accepts, the cockpit counts it", () => {
  it("opens the month's form from the project, with last month and its deadline", async () => {
    await owner.goto(`${server.baseUrl}/projects/${project.id}`);
    await owner.getByRole("button", { name: "填报月报" }).click();
    await owner.waitForURL(new RegExp(`/reports/new\\?project=${project.id}$`));
    await owner.getByRole("heading", { level: 1, name: "月报填报" }).waitFor();
    await owner.getByText(project.name, { exact: true }).first().waitFor();
    expect(await owner.getByLabel("填报月份").inputValue()).toBe(MONTH);
    const [y, m] = MONTH.split("-").map(Number) as [number, number];
    const due = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, "0")}-${String(dueDay).padStart(2, "0")}`;
    await owner
      .getByRole("status")
      .filter({ hasText: `截止 ${due}` })
      .waitFor();
  });

  it("shows the server's refusal on the amount field when the total would be passed", async () => {
    const room = BigInt(project.totalInvestmentFen) - BigInt(project.completedInvestmentFen);
    const tooMuch = room / WAN + 1n;
    await owner.getByLabel("本月完成投资").fill(tooMuch.toString());
    await owner.getByRole("alert").filter({ hasText: "累计完成将超过总投资" }).waitFor();
    await owner.getByRole("button", { name: "提交月报" }).click();
    // The message sits under the field the server named, which points to it and is marked invalid.
    const amount = owner.getByLabel("本月完成投资");
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    const help = ((await amount.getAttribute("aria-describedby")) ?? "").split(" ")[0];
    expect(await owner.locator(`[id="${help}"]`).textContent()).toMatch(/^累计完成投资 .+ 万元将超过总投资/);
    const after = (await jsonOf<{ items: Report[] }>(ownerApi.get(`/api/v1/projects/${project.id}/reports`)))
      .items;
    expect(after.length).toBe(reportsBefore.length);
  });

  it("derives year-to-date and cumulative investment live, then submits the report", async () => {
    await owner.getByLabel("本月完成投资").fill(INVESTED_WAN.toString());
    const earlierThisYear = reportsBefore
      .filter((r) => r.current && r.month.startsWith(YEAR) && r.month < MONTH)
      .reduce((sum, r) => sum + BigInt(r.investedFen), 0n);
    const invested = INVESTED_WAN * WAN;
    const totals = owner.getByRole("region", { name: "投资完成汇总" });
    await expect
      .poll(() => totals.textContent())
      .toContain(`${YEAR} 年累计完成${wan(earlierThisYear + invested)}万元`);
    expect(await totals.textContent()).toContain(
      `开工以来累计完成${wan(BigInt(project.completedInvestmentFen) + invested)}万元`,
    );

    await owner.getByRole("button", { name: "提交月报" }).click();
    await owner
      .getByRole("status")
      .filter({ hasText: `${MONTH} 月报（第 1 版）已提交` })
      .waitFor();
    await owner.getByText(`${MONTH} 已报送的版本`).waitFor();
    await owner.getByRole("button", { name: "提交更正" }).waitFor();
    const stored = (await jsonOf<{ items: Report[] }>(ownerApi.get(`/api/v1/projects/${project.id}/reports`)))
      .items;
    expect(stored.find((r) => r.month === MONTH && r.current)).toMatchObject({
      investedFen: invested.toString(),
      version: 1,
      status: "submitted",
    });
  });

  it("is accepted by the reviewer from the queue of the month", async () => {
    reviewerContext = await chromium.newContext();
    reviewer = await reviewerContext.newPage();
    await signInThroughForm(reviewer, server.baseUrl, reviewerName);
    await reviewer.getByRole("link", { name: "月报审核" }).click();
    await reviewer.getByRole("heading", { level: 1, name: "月报审核" }).waitFor();
    await reviewer.goto(`${server.baseUrl}/reports/review?month=${MONTH}`);
    const accept = reviewer.getByRole("button", { name: `通过“${project.name}”的月报` });
    await accept.click();
    await reviewer.getByText(`已通过“${project.name}”的月报`).waitFor();
    await accept.waitFor({ state: "detached" });
    const report = (
      await jsonOf<{ items: Report[] }>(ownerApi.get(`/api/v1/projects/${project.id}/reports`))
    ).items.find((r) => r.month === MONTH && r.current);
    expect(report?.reviews.map((r) => [r.reviewerRole, r.decision])).toEqual([
      [reviewerName === "yubei" ? "district" : "department", "accepted"],
    ]);
  });

  it("shows the month's figures, with the report counted, on the cockpit", async () => {
    const api = await signInApi(server.baseUrl, reviewerName);
    const groupBy = reviewerName === "yubei" ? "district" : "department";
    const dashboard = await jsonOf<Dashboard>(api.get(`/api/v1/dashboard?month=${MONTH}&groupBy=${groupBy}`));
    expect(BigInt(dashboard.totals.monthFen)).toBeGreaterThanOrEqual(INVESTED_WAN * WAN);

    await reviewer.getByRole("link", { name: "调度驾驶舱" }).click();
    await reviewer.getByRole("heading", { level: 1, name: "调度驾驶舱" }).waitFor();
    await reviewer.goto(`${server.baseUrl}/cockpit?month=${MONTH}&groupBy=${groupBy}`);
    const unit = /^\d{1,3}(,\d{3})*\.\d{2}$/;
    const ytdCard = reviewer.locator(".ant-card").filter({ hasText: /^年度累计完成（(亿元|万元)）/ });
    await ytdCard.waitFor();
    const ytdValue = (await ytdCard.locator(".ant-statistic-content-value").textContent()) ?? "";
    expect(ytdValue).toMatch(unit);
    const unitName = ((await ytdCard.textContent()) ?? "").includes("亿元") ? "yi" : "wan";
    expect(ytdValue).toBe(formatAmount(BigInt(dashboard.totals.yearToDateFen) as Fen, unitName, 2));
    await reviewer.getByRole("img", { name: "各组年度计划投资与累计完成柱状图及完成率折线" }).waitFor();
    await reviewer.getByText("投资完成率排名").waitFor();
    await reviewer.getByText("开工率排名").waitFor();
  });
});
