import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
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

/** Clicks a download button and returns the saved file's name and contents. */
async function download(button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 90_000 }),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

describe("the dispatch bulletin page (调度通报)", () => {
  it("is in the menu and downloads the district's own workbook and PDF for the month picked", async () => {
    await signInThroughForm(page, `${server.baseUrl}/bulletin?month=2021-06`, "yubei");
    await page.getByRole("heading", { level: 1, name: "调度通报" }).waitFor();
    expect(await page.getByRole("navigation", { name: "主导航" }).getByText("调度通报").count()).toBe(1);
    await expect
      .poll(() => page.getByRole("note", { name: "数据范围" }).textContent())
      .toBe("数据范围：渝北区");

    const xlsx = await download("下载 Excel");
    expect(xlsx.name).toBe("调度通报-2021年6月-渝北区.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("概况")!.getCell("A1").value).toBe(
      "重庆市新型基础设施重大项目调度通报（2021年6月）",
    );
    await page.getByRole("status").filter({ hasText: xlsx.name }).waitFor();

    const pdf = await download("下载 PDF");
    expect(pdf.name).toBe("调度通报-2021年6月-渝北区.pdf");
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
