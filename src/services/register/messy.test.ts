import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fen } from "../../domain/money.js";
import type { ProjectRecord } from "../../domain/project-record.js";
import { makeUscc } from "../../domain/uscc.js";
import { ERROR_FILL_ARGB, markErrors } from "./mark-errors.js";
import { parseRegister } from "./parse.js";
import { FUNDING_SOURCES, LOOKUPS, wan } from "./test-fixtures.js";

const yi = (text: string) => fen(wan(text) * 10_000n);
const OWNER_USCC = makeUscc("91", "500112", "MA5U0001");

/**
 * A workbook as officials send them: a merged title row, a two-row header with 年度计划投资（万元）
 * merged over its years, full-width digits and spaces, numbers stored as text, dates as serials, as
 * Date cells and as Chinese text, totals in 亿元 declared in the header, rich text and formulas, a
 * 合计 row and empty rows at the end, columns the template does not know.
 */
async function messyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("2021年项目清单");
  sheet.addRow(["重庆市新型基础设施重大项目库"]);
  sheet.mergeCells("A1:Q1");
  sheet.addRow([
    "序号",
    "投资项目代码",
    "项目 名称",
    "专项代码",
    "区县",
    "项目业主",
    "业主统一社会信用代码",
    "项目级别",
    "当前阶段",
    "总投资（亿元）",
    "计划开工",
    "计划竣工",
    "实际开工",
    "年度计划投资（万元）",
    null,
    null,
    "项目简介",
    "备注",
  ]);
  sheet.addRow([
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    2021,
    "2022",
    "２０２３",
  ]);
  for (const column of "ABCDEFGHIJKLMQR") sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells("N2:P2");
  sheet.addRow([
    1,
    " 2021－500112－65－01－000001 ",
    "两江新区  智能网联汽车测试场（一期）",
    "ｔｒａｎｓ－２",
    "渝北区",
    { richText: [{ text: "重庆两江" }, { text: "智能网联有限公司", font: { bold: true } }] },
    OWNER_USCC,
    "国家级",
    "在建",
    "1.5",
    44256,
    "2022年12月",
    "2021/3/1",
    "１，２３４．５",
    { formula: "N4*2", result: 2469 },
    null,
    "建设封闭测试场一处。",
    "重点",
  ]);
  sheet.addRow([
    2,
    "",
    "荣昌区 数字乡村示范平台",
    "APP-2",
    "５００１５３",
    "荣昌区农业农村委员会",
    "/",
    "district",
    "under_construction",
    { formula: "0.1+0.2", result: 0.30000000000000004 },
    new Date(Date.UTC(2021, 5, 1)),
    "2021.12.31",
    "2021年7月1日",
    "１２３４",
    null,
    "无",
    null,
  ]);
  sheet.addRow(["合计", null, null, null, null, null, null, null, null, 1.8]);
  sheet.addRow([]);
  sheet.addRow(["", " ", null]);
  sheet.getRow(12).getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

  const funding = workbook.addWorksheet("资金来源");
  funding.addRow(["投资项目代码", "项目名称", "来源", "计划（亿元）", "已落实（亿元）"]);
  funding.addRow(["2021-500112-65-01-000001", null, FUNDING_SOURCES[2], "1", "0.5"]);
  funding.addRow([null, "两江新区 智能网联汽车测试场（一期）", ` ${FUNDING_SOURCES[9]} `, 0.5, null]);
  funding.addRow([null, "荣昌区数字乡村示范平台", "地方政府专项债券", "0.3", "0.3"]);
  funding.addRow([]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a messy workbook", () => {
  it("parses to the records it means", async () => {
    const { records, problems, notes } = await parseRegister(
      { format: "xlsx", file: await messyWorkbook() },
      LOOKUPS,
    );
    expect(problems).toEqual([]);
    const expected: ProjectRecord[] = [
      {
        id: null,
        code: "2021-500112-65-01-000001",
        name: "两江新区 智能网联汽车测试场（一期）",
        specialCode: "TRANS-2",
        districtCode: "500112",
        ownerName: "重庆两江智能网联有限公司",
        ownerUscc: OWNER_USCC,
        leadDepartmentName: null,
        level: "national",
        planCategory: null,
        stage: "under_construction",
        description: "建设封闭测试场一处。",
        totalInvestmentFen: yi("1.5"),
        completedInvestmentFen: fen(0),
        plannedStart: "2021-03-01",
        plannedEnd: "2022-12-31",
        actualStart: "2021-03-01",
        actualEnd: null,
        funding: [
          { source: FUNDING_SOURCES[2]!, plannedFen: yi("1"), securedFen: yi("0.5") },
          { source: FUNDING_SOURCES[9]!, plannedFen: yi("0.5"), securedFen: fen(0) },
        ],
        annualPlans: [
          { year: 2021, plannedFen: wan("1234.5") },
          { year: 2022, plannedFen: wan("2469") },
        ],
      },
      {
        id: null,
        code: null,
        name: "荣昌区 数字乡村示范平台",
        specialCode: "APP-2",
        districtCode: "500153",
        ownerName: "荣昌区农业农村委员会",
        ownerUscc: null,
        leadDepartmentName: null,
        level: "district",
        planCategory: null,
        stage: "under_construction",
        description: "",
        totalInvestmentFen: yi("0.3"),
        completedInvestmentFen: fen(0),
        plannedStart: "2021-06-01",
        plannedEnd: "2021-12-31",
        actualStart: "2021-07-01",
        actualEnd: null,
        funding: [{ source: "地方政府专项债券", plannedFen: yi("0.3"), securedFen: yi("0.3") }],
        annualPlans: [{ year: 2021, plannedFen: wan("1234") }],
      },
    ];
    expect(records).toEqual(expected);
    expect(notes).toEqual([
      "工作表“2021年项目清单”：未识别的列 “序号”、“备注” 已忽略（unknown columns ignored: 序号, 备注）",
      "工作表“2021年项目清单”第6行是合计行，已跳过（row 6 is a totals row; skipped）",
    ]);
  });

  it("names and marks a bad cell of a messy sheet by its combined header", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("项目");
    sheet.addRow([
      "项目名称",
      "专项代码",
      "区县代码",
      "项目业主",
      "项目级别",
      "当前阶段",
      "总投资",
      "年度计划投资（万元）",
    ]);
    sheet.addRow([null, null, null, null, null, null, null, "2021"]);
    for (const column of "ABCDEFG") sheet.mergeCells(`${column}1:${column}2`);
    sheet.addRow(["某项目", "NET-1", "500101", "某公司", "市级", "策划包装", "100", "１２a"]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { problems } = await parseRegister({ format: "xlsx", file }, LOOKUPS);
    expect(problems).toEqual([
      {
        sheet: "项目",
        row: 3,
        column: "年度计划投资（万元） 2021",
        value: "１２a",
        reason: "“１２a”不是有效的金额",
        reasonEn: '"１２a" is not an amount',
      },
    ]);

    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load((await markErrors(file, problems)) as unknown as ArrayBuffer);
    const cell = marked.getWorksheet("项目")!.getCell("H3");
    expect(cell.fill).toMatchObject({ fgColor: { argb: ERROR_FILL_ARGB } });
    expect(marked.getWorksheet("项目")!.getCell("G3").note).toBeUndefined();
  });
});
