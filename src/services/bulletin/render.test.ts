import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bulletinFixture } from "../../domain/dispatch/test-fixtures.js";
import { formatAmount } from "../../domain/money.js";
import { bulletinCharts } from "./charts.js";
import { bulletinHtml } from "./html.js";
import { renderBulletinXlsx } from "./xlsx.js";

async function fixtureWorkbook(data = bulletinFixture()): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderBulletinXlsx(data, [])) as unknown as ExcelJS.Buffer);
  return book;
}

/** Cell values of the rows under a table sheet's title and header. */
function body(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

describe("bulletin workbook from the June 2021 fixture", () => {
  it("has the six sheets with Chinese headers, frozen and repeated on every printed A4 page", async () => {
    const book = await fixtureWorkbook();
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "概况",
      "分行业",
      "区县排名",
      "红灯项目",
      "问题协调",
      "指标进度",
    ]);
    const sectors = book.getWorksheet("分行业")!;
    expect(sectors.getCell("A1").value).toBe("分行业推进情况（2021年6月，全市）");
    expect(sectors.getRow(2).getCell(6).value).toBe("1–6月完成投资（万元）");
    expect(sectors.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sectors.pageSetup).toMatchObject({
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
  });

  it("writes amounts in 万元 exactly as formatAmount gives them, with the totals last", async () => {
    const data = bulletinFixture();
    const rows = body((await fixtureWorkbook(data)).getWorksheet("分行业")!);
    expect(rows).toHaveLength(data.sectors.length + 1);
    data.sectors.forEach((s, i) => {
      expect(rows[i]![0]).toBe(s.zh);
      expect(rows[i]![3]).toBe(Number(formatAmount(s.plannedFen, "wan", 2, false)));
      expect(rows[i]![5]).toBe(Number(formatAmount(s.yearToDateFen, "wan", 2, false)));
      expect(rows[i]![6]).toBe(s.completionRate);
    });
    expect(rows.at(-1)!.slice(0, 2)).toEqual(["合计", data.totals.projects]);
  });

  it("ranks districts by completion rate and shows a dash where no start was planned", async () => {
    const rows = body((await fixtureWorkbook()).getWorksheet("区县排名")!);
    expect(rows.slice(0, 3).map((r) => [r[0], r[1]])).toEqual([
      [1, "渝中区"],
      [2, "渝北区"],
      [3, "沙坪坝区"],
    ]);
    const fengjie = rows.find((r) => r[1] === "奉节县")!;
    expect([fengjie[0], fengjie[6], fengjie[9]]).toEqual([10, "—", "—"]);
    const yubei = rows.find((r) => r[1] === "渝北区")!;
    expect(yubei.slice(10, 13)).toEqual([33, 2, 1]);
  });

  it("lists red flags by district with their reasons, and the most overdue problems first", async () => {
    const book = await fixtureWorkbook();
    const flags = body(book.getWorksheet("红灯项目")!);
    expect(flags.map((r) => [r[1], r[3]])).toEqual([
      [37, "万州区"],
      [212, "渝北区"],
    ]);
    expect(flags[1]![6]).toBe("年度投资完成率 12.0%，落后序时进度 38.0 个百分点；连续 3 个月形象进度无变化");
    const problems = body(book.getWorksheet("问题协调")!);
    expect(problems.map((r) => [r[4], r[8], r[9]])).toEqual([
      ["110kV 专线接入方案未批复", 15, "逾期"],
      ["专项债券资金拨付滞后", 5, "逾期"],
      ["基站站址租赁协调", 0, "办理中"],
    ]);
    expect(book.getWorksheet("问题协调")!.getCell("A1").value).toContain("未办结 3 个，其中逾期 2 个");
  });

  it("gives each KPI its value, source and standing", async () => {
    const rows = body((await fixtureWorkbook()).getWorksheet("指标进度")!);
    expect(rows.map((r) => [r[3], r[4], r[6], r[7]])).toEqual([
      [72.5, "填报", 90.6, "进度正常"],
      [1, "项目库计算", 100, "已达标"],
      ["—", "—", "—", "暂无数据"],
    ]);
  });

  it("opens with the title, the summary and the key figures", async () => {
    const overview = (await fixtureWorkbook()).getWorksheet("概况")!;
    expect(overview.getCell("A1").value).toBe("重庆市新型基础设施重大项目调度通报（2021年6月）");
    expect(overview.getCell("A2").value).toBe(
      "范围：全市\u3000\u3000调度月份：2021年6月\u3000\u3000月报截止：2021-07-10\u3000\u3000数据截至：2021-07-12",
    );
    expect(overview.getCell("A3").text).toMatch(/^全市共 375 个项目/);
    const figures = new Map<string, ExcelJS.CellValue>();
    overview.eachRow((row) => figures.set(row.getCell(1).text, row.getCell(2).value));
    expect(figures.get("项目数")).toBe(375);
    expect(figures.get("开工率")).toBe(61.5);
    expect(figures.get("未报")).toBe(5);
  });

  it("says so when the scope has no project", async () => {
    const data = { ...bulletinFixture(), sectors: [], redFlags: [] };
    const book = await fixtureWorkbook(data);
    expect(body(book.getWorksheet("分行业")!)[0]).toEqual(["本范围内无项目"]);
    expect(body(book.getWorksheet("红灯项目")!)).toEqual([["本月无红灯项目"]]);
  });
});

describe("bulletin page and charts", () => {
  it("escapes what users typed and marks overdue problems", () => {
    const data = bulletinFixture();
    data.redFlags[0]!.name = '<script>alert("x")</script>数据谷';
    const html = bulletinHtml(data, bulletinCharts(data));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;数据谷");
    expect(html).toContain("<h1>重庆市新型基础设施重大项目调度通报（2021年6月）</h1>");
    expect(html).toContain("范围：全市");
    expect(html).toContain('<td class="nw bad">逾期 15 天</td>');
    expect(html.match(/<svg/g)).toHaveLength(4);
  });

  it("draws four SVG charts in the CJK font, the district chart as tall as its districts need", () => {
    const data = bulletinFixture();
    const charts = bulletinCharts(data);
    expect(charts.map((c) => c.key)).toEqual(["progress", "sectors", "districts", "warnings"]);
    for (const chart of charts) {
      expect(chart.svg.startsWith("<svg")).toBe(true);
      expect(chart.svg).toContain("Noto Sans CJK SC");
    }
    expect(charts[0]!.svg).toContain("1–6月逐月完成投资与年度完成率");
    expect(charts[2]!.svg).toContain("渝中区");
    const more = {
      ...data,
      districts: [...data.districts, ...data.districts.map((d) => ({ ...d, key: `${d.key}x` }))],
    };
    expect(bulletinCharts(more)[2]!.height).toBeGreaterThan(charts[2]!.height);
  });
});
