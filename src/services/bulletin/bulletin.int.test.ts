import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { Dashboard, DashboardFigures } from "../../domain/contracts/dashboard.js";
import type { Warnings } from "../../domain/contracts/warnings.js";
import { bulletinTitle } from "../../domain/dispatch/bulletin-text.js";
import { formatAmount, type Fen } from "../../domain/money.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { testContext } from "../../testing/database.js";
import { pdfFonts, pdfPages, pdfText, requireRenderingTools } from "../../testing/pdf-tools.js";
import { inkShare } from "../../testing/png.js";
import { raiseProblem } from "../problems.js";
import { bulletinFiles } from "./bulletin.js";

let t: TestApp;
let admin: Client;
const dir = mkdtempSync(join(tmpdir(), "newinfra-bulletin-"));
const PROBLEM = "数据中心双路供电接入方案待批复";
beforeAll(async () => {
  requireRenderingTools();
  t = await seededApp();
  admin = await t.as("admin");
  // A problem raised in mid-June 2021 on a 渝北 project, due on 20 June: 10 days overdue at the month's end.
  const [project] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select id from projects where district_code = '500112' order by id limit 1`,
  );
  await raiseProblem(testContext(t.database, new Date("2021-06-15T10:00:00+08:00")), project!.id, {
    category: "power",
    title: PROBLEM,
    description: "",
    responsibleUnit: "国网重庆市电力公司",
    dueDate: "2021-06-20",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const wan = (fen: string) => Number(formatAmount(BigInt(fen) as Fen, "wan", 2, false));

async function json<T>(client: Client, url: string): Promise<T> {
  const res = await client({ method: "GET", url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer);
  return book;
}

const textOf = (v: ExcelJS.CellValue) => (typeof v === "string" ? v : "");

/** The rows of a table sheet under its title and header rows, keyed by the header texts. */
function tableRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(2).values as ExcelJS.CellValue[]).map(textOf);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n <= 2) return;
    const values = row.values as ExcelJS.CellValue[];
    const entries: [string, ExcelJS.CellValue][] = headers.map((h, i) => [h, values[i] ?? null]);
    rows.push(Object.fromEntries(entries.filter(([h]) => h)));
  });
  return rows;
}

function expectFigures(row: Record<string, ExcelJS.CellValue>, f: DashboardFigures) {
  expect(row["项目数（个）"]).toBe(f.projects);
  expect(row["年度计划投资（万元）"]).toBe(wan(f.plannedFen));
  expect(row["1–6月完成投资（万元）"]).toBe(wan(f.yearToDateFen));
  expect(row["年度完成率（%）"]).toBe(f.completionRate ?? "—");
  expect(row["已开工（个）"]).toBe(f.started);
  expect(row["开工率（%）"]).toBe(f.startRate ?? "—");
}

describe("monthly dispatch bulletin on the demo portfolio, June 2021", () => {
  it("writes a workbook whose figures are the dashboard's", async () => {
    const ctx = testContext(t.database);
    const [xlsx] = await bulletinFiles(ctx, "2021-06", ["xlsx"]);
    expect(xlsx!.fileName).toBe("调度通报-2021年6月-全市.xlsx");
    const book = await workbook(xlsx!.body);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "概况",
      "分行业",
      "区县排名",
      "红灯项目",
      "问题协调",
      "指标进度",
    ]);

    const bySector = await json<Dashboard>(admin, "/api/v1/dashboard?month=2021-06&groupBy=sector");
    const byDistrict = await json<Dashboard>(admin, "/api/v1/dashboard?month=2021-06&groupBy=district");
    const warnings = await json<Warnings>(admin, "/api/v1/warnings?month=2021-06");

    const overview = book.getWorksheet("概况")!;
    const figure = (name: string) => {
      let value: ExcelJS.CellValue = undefined;
      overview.eachRow((row) => {
        if (row.getCell(1).value === name) value = row.getCell(2).value;
      });
      return value;
    };
    expect(overview.getCell("A1").value).toBe(bulletinTitle("2021-06"));
    expect(figure("项目数")).toBe(375);
    expect(figure("1–6月完成投资")).toBe(wan(bySector.totals.yearToDateFen));
    expect(figure("6月完成投资")).toBe(wan(bySector.totals.monthFen));
    expect(figure("年度投资完成率")).toBe(bySector.totals.completionRate);
    expect(figure("红灯项目")).toBe(bySector.totals.red);
    expect(figure("未办结协调问题")).toBe(1);
    expect(figure("其中逾期")).toBe(1);
    const images = overview.getImages();
    expect(images).toHaveLength(4);
    for (const image of images) {
      const media = book.model.media[Number(image.imageId)] as unknown as {
        extension: string;
        buffer: Buffer;
      };
      expect(media.extension).toBe("png");
      expect(inkShare(media.buffer)).toBeGreaterThan(0.02);
    }

    const sectors = tableRows(book.getWorksheet("分行业")!);
    expect(sectors).toHaveLength(bySector.groups.length + 1);
    for (const g of bySector.groups)
      expectFigures(
        sectors.find((r) => r["行业板块"] === g.zh)!,
        g,
      );
    expectFigures(sectors.at(-1)!, bySector.totals);
    expect(sectors.at(-1)!["行业板块"]).toBe("合计");

    const districts = tableRows(book.getWorksheet("区县排名")!);
    expect(districts).toHaveLength(byDistrict.groups.length);
    for (const g of byDistrict.groups)
      expectFigures(
        districts.find((r) => r["区县"] === g.zh)!,
        g,
      );
    const ranks = districts.map((r) => r["完成率排名"]).filter((r): r is number => typeof r === "number");
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

    expect(tableRows(book.getWorksheet("红灯项目")!)).toHaveLength(warnings.summary.red);
    expect(tableRows(book.getWorksheet("问题协调")!)).toMatchObject([
      { 区县: "渝北区", 问题类别: "用电", 问题: PROBLEM, 办结时限: "2021-06-20", 逾期天数: 10, 状态: "逾期" },
    ]);
    expect(tableRows(book.getWorksheet("指标进度")!).length).toBeGreaterThan(0);

    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.views[0]?.state, sheet.name).toBe("frozen");
    }
    expect(book.getWorksheet("分行业")!.pageSetup.printTitlesRow).toBe("1:2");
  });

  it("prints a PDF with the title, the districts in Chinese, every font embedded and no blank page", async () => {
    const [pdf] = await bulletinFiles(testContext(t.database), "2021-06", ["pdf"]);
    const file = join(dir, "bulletin.pdf");
    writeFileSync(file, pdf!.body);
    const text = pdfText(file);
    expect(text).toContain(bulletinTitle("2021-06"));
    expect(text).toContain("范围：全市");
    expect(text).toContain("渝北区");
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);

    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const pages = pdfPages(file, 50);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of pages.entries()) expect(inkShare(page), `page ${i + 1}`).toBeGreaterThan(0.01);
  });
});

describe("GET /api/v1/bulletins/:month/:format", () => {
  it("downloads the district's own bulletin, named in UTF-8", async () => {
    const yubei = await t.as("yubei");
    const res = await yubei({ method: "GET", url: "/api/v1/bulletins/2021-06/pdf" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const disposition = String(res.headers["content-disposition"]);
    expect(disposition).toContain('filename="newinfra-bulletin-2021-06.pdf"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe("调度通报-2021年6月-渝北区.pdf");
    const file = join(dir, "yubei.pdf");
    writeFileSync(file, res.rawPayload);
    const text = pdfText(file);
    expect(text).toContain("范围：渝北区");
    expect(text.replace(/\s+/g, ""), "the problem, wrapped in its cell").toContain(PROBLEM);
    expect(text).not.toContain("万州区");
  });

  for (const username of ["admin", "dept", "yubei", "owner1", "bank", "auditor"]) {
    it(`gives ${username} a workbook of its own scope`, async () => {
      const client = await t.as(username);
      const res = await client({ method: "GET", url: "/api/v1/bulletins/2021-06/xlsx" });
      expect(res.statusCode, res.body).toBe(200);
      const mine = await json<Dashboard>(client, "/api/v1/dashboard?month=2021-06&groupBy=sector");
      const book = await workbook(res.rawPayload);
      const sectors = tableRows(book.getWorksheet("分行业")!);
      expectFigures(sectors.at(-1)!, mine.totals);
    });
  }

  it.each([
    ["2021-13", "xlsx", "month"],
    ["2021-6", "pdf", "month"],
    ["2035-01", "pdf", "month"],
    ["2021-06", "docx", "format"],
  ])("refuses %s as %s naming the field %s", async (month, format, field) => {
    const res = await admin({ method: "GET", url: `/api/v1/bulletins/${month}/${format}` });
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.error.field).toBe(field);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.error.messageEn.length).toBeGreaterThan(0);
  });

  it("asks to sign in first", async () => {
    expect((await t.anonymous({ method: "GET", url: "/api/v1/bulletins/2021-06/pdf" })).statusCode).toBe(401);
  });
});
