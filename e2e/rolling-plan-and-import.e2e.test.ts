import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./support/browser.js";
import { startDemoServer, type RunningServer } from "./support/server.js";
import { signInThroughForm } from "./support/sign-in.js";

const PROJECT_SHEET = "项目";
const TOTAL_HEADER = "总投资（万元）";
/** The sheet row of the register whose total investment the test spoils (row 1 holds the headers). */
const BAD_ROW = 4;

let server: RunningServer;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let downloads: string;

beforeAll(async () => {
  server = await startDemoServer();
  downloads = await mkdtemp(join(tmpdir(), "newinfra-e2e-downloads-"));
  chromium = await launchBrowser();
  context = await chromium.newContext();
  page = await context.newPage();
  await signInThroughForm(page, server.baseUrl, "admin");
});

afterAll(async () => {
  await context?.close();
  await chromium?.browser.close();
  await server?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** The data rows of a table: rows with cells, without the total row. */
function dataRows(table: ReturnType<Page["getByRole"]>) {
  return table
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .filter({ hasNotText: /^合计/ });
}

describe("the rolling plan and the annual rollover, as the city", () => {
  it("shows the three-year rolling plan with one row per sector, then per special", async () => {
    await page.getByRole("link", { name: "滚动计划" }).click();
    await page.getByRole("heading", { level: 1, name: "滚动计划" }).waitFor();
    const table = page.getByRole("table").filter({ hasText: "三年合计" });
    await table.getByRole("columnheader", { name: "2022 年" }).waitFor();
    expect(await dataRows(table).count()).toBe(7);
    expect(await table.getByRole("row").filter({ hasText: /^合计/ }).count()).toBe(1);
    expect(await page.getByRole("img", { name: "各组年度计划投资堆叠柱状图" }).count()).toBe(1);

    await page.getByText("专项", { exact: true }).click();
    await page.waitForURL(/groupBy=special/);
    await table.getByRole("columnheader", { name: "专项" }).waitFor();
    await expect.poll(() => dataRows(table).count()).toBe(21);
  });

  it("proposes new starts for a sector target and records the decisions", async () => {
    await page.getByRole("link", { name: "年度滚动" }).click();
    await page.getByRole("heading", { level: 1, name: "年度滚动" }).waitFor();
    await page.getByLabel("新开工年度").fill("2022");
    await page.getByLabel("新型网络基础设施目标").fill("300");
    await page.getByRole("button", { name: "生成建议" }).click();

    const proposals = page.getByRole("region", { name: "2022 年新开工建议" });
    await proposals.waitFor();
    const candidates = dataRows(proposals.getByRole("table"));
    expect(await candidates.count()).toBeGreaterThan(0);
    const first = candidates.first();
    expect(await first.textContent()).toMatch(/资金落实率 \d+%/);
    const name = (await first.getByRole("link").textContent()) ?? "";
    // The radio inputs are drawn as buttons; their labels take the click.
    await first.getByText("不同意", { exact: true }).click();
    expect(await first.getByRole("radio", { name: "不同意" }).isChecked()).toBe(true);
    await first.getByRole("textbox", { name: `对“${name}”的备注` }).fill("资金尚未落实");
    await page.getByRole("button", { name: "记录决定" }).click();
    await page.getByText("决定已记录").waitFor();

    const recorded = page.getByRole("table").filter({ hasText: "记录时间" });
    const row = recorded.getByRole("row").filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain("资金尚未落实");
    expect(await row.textContent()).toContain("不同意");
  });
});

describe("export and import of the register", () => {
  let exported = "";

  it("exports the filtered list as an Excel register", async () => {
    await page.getByRole("link", { name: "项目库" }).click();
    const district = page.getByRole("combobox", { name: "区县" });
    await district.click();
    await district.fill("渝北");
    await page.getByRole("option", { name: "渝北区" }).click();
    await page.waitForURL(/[?&]district=500112\b/);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /导出 Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    exported = join(downloads, "exported.xlsx");
    await file.saveAs(exported);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet(PROJECT_SHEET)!;
    const districts = new Set<string>();
    const districtColumn = headerColumn(sheet, "区县代码");
    sheet.eachRow((row, number) => {
      if (number > 1) districts.add(row.getCell(districtColumn).text);
    });
    expect([...districts]).toEqual(["500112"]);
  });

  it("refuses a workbook with one bad cell and names its row and column", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet(PROJECT_SHEET)!;
    sheet.getRow(BAD_ROW).getCell(headerColumn(sheet, TOTAL_HEADER)).value = "很多";
    const spoiled = join(downloads, "spoiled.xlsx");
    await workbook.xlsx.writeFile(spoiled);

    await page.getByRole("button", { name: "导入" }).click();
    await page.getByRole("heading", { level: 1, name: "导入项目" }).waitFor();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: /点击或拖拽文件到此处上传/ }).click();
    await (await chooser).setFiles(spoiled);

    const problems = page.getByRole("table").filter({ hasText: "单元格内容" });
    await problems.waitFor();
    const rows = dataRows(problems);
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().getByRole("cell").allTextContents();
    expect(cells.slice(0, 4)).toEqual([PROJECT_SHEET, String(BAD_ROW), TOTAL_HEADER, "很多"]);
    expect(cells[4]).toContain("不是有效的金额");

    const marked = page.waitForEvent("download");
    await page.getByRole("link", { name: /下载标注错误的工作簿/ }).click();
    expect((await marked).suggestedFilename()).toMatch(/\.xlsx$/);
  });
});

/** The 1-based column of a header in the first row of a sheet. */
function headerColumn(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.text.trim() === header) found = column;
  });
  if (!found) throw new Error(`no column "${header}" in sheet ${sheet.name}`);
  return found;
}
