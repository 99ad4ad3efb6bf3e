import { createWriteStream } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../domain/errors.js";
import type { ImportProblem } from "../../domain/project-record.js";
import { parseRegister } from "./parse.js";
import { readRegisterRows } from "./read.js";
import { buildRecord, FUNDING_SOURCES, LOOKUPS, tempDir, YEARS } from "./test-fixtures.js";
import { writeRegisterXlsx } from "./write.js";

type Rows = (string | number | null)[][];

async function workbookOf(sheets: Record<string, Rows>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const HEADER = [
  "投资项目代码",
  "项目名称",
  "专项代码",
  "区县代码",
  "项目业主",
  "项目级别",
  "当前阶段",
  "总投资（万元）",
];
const FUNDING_HEADER = ["投资项目代码", "项目编号", "项目名称", "资金来源", "计划（万元）", "已落实（万元）"];
const good = (name: string, code: string | null = null): (string | number | null)[] => [
  code,
  name,
  "NET-1",
  "500112",
  "某公司",
  "市级",
  "策划包装",
  100,
];

async function parse(sheets: Record<string, Rows>) {
  return parseRegister({ format: "xlsx", file: await workbookOf(sheets) }, LOOKUPS);
}

const summary = (problems: ImportProblem[]) =>
  problems.map((p) => `${p.sheet}!${p.row} ${p.column}: ${p.reason}`);

describe("parseRegister", () => {
  it("reports every problem of every row, not only the first", async () => {
    const { records, rows, problems } = await parse({
      项目: [
        HEADER,
        good("甲"),
        [null, "乙", "NET-9", "500199", "某公司", "省级", "在建", "-5"],
        good("丙"),
        ["2021-500112-65", "丁", "NET-1", "渝北", "某公司", "市级", "策划包装", "1.0000001"],
      ],
    });
    expect(summary(problems)).toEqual([
      "项目!3 专项代码: 专项代码“NET-9”不存在",
      "项目!3 区县代码: 区县代码“500199”不存在",
      "项目!3 项目级别: 项目级别“省级”无法识别，应为：国家级、市级、区县级",
      "项目!3 总投资（万元）: 总投资须大于零",
      "项目!3 实际开工: 当前阶段为“在建”，须填写实际开工",
      "项目!5 投资项目代码: 投资项目代码“2021-500112-65”格式应为 YYYY-AAAAAA-II-TT-NNNNNN（24位）",
      "项目!5 总投资（万元）: 金额“1.0000001”超出精度：以万元为单位最多6位小数（精确到分）",
    ]);
    expect(problems[0]).toMatchObject({ value: "NET-9", reasonEn: 'special code "NET-9" does not exist' });
    expect(records.map((r) => r.name)).toEqual(["甲", "丙"]);
    expect(rows).toEqual([2, 4]);
  });

  it("reports a missing required column once, not on every row", async () => {
    const header = HEADER.filter((h) => h !== "区县代码");
    const row = good("甲").filter((_, i) => i !== 3);
    const { problems } = await parse({ 项目: [header, row, row, row] });
    expect(problems).toEqual([
      {
        sheet: "项目",
        row: 1,
        column: "区县代码",
        value: "",
        reason: "缺少必填列“区县代码”",
        reasonEn: "the required column 区县代码 (district code) is missing",
      },
    ]);
  });

  it("reports a sheet without a recognisable header, and a repeated column", async () => {
    expect(
      summary(
        (
          await parse({
            项目: [
              ["编号", "说明"],
              ["1", "x"],
            ],
          })
        ).problems,
      ),
    ).toEqual(["项目!1 : 工作表“项目”前12行中没有可识别的表头（应含 项目名称、专项代码、区县代码 等列）"]);
    const repeated = await parse({
      项目: [
        [...HEADER, "名称"],
        [...good("甲"), "乙"],
      ],
    });
    expect(summary(repeated.problems)).toEqual(["项目!1 名称: 列“名称”与前面的列含义相同，请删除重复的列"]);
  });

  it("reports a repeated 投资项目代码 on the later row", async () => {
    const code = "2021-500112-65-01-000001";
    const { problems } = await parse({ 项目: [HEADER, good("甲", code), good("乙", code)] });
    expect(summary(problems)).toEqual([`项目!3 投资项目代码: 投资项目代码“${code}”与第2行重复`]);
  });

  it("joins funding rows by code, else id, else name, and reports those that match nothing", async () => {
    const code = "2021-500112-65-01-000001";
    const projectHeader = ["项目编号（系统）", ...HEADER];
    const { records, problems } = await parse({
      项目: [
        projectHeader,
        [7, ...good("甲", code)],
        [8, ...good("乙")],
        [null, ...good("丙")],
        [null, ...good("丙")],
      ],
      资金来源: [
        FUNDING_HEADER,
        [code, null, null, FUNDING_SOURCES[0]!, 10, 5],
        [null, 8, null, FUNDING_SOURCES[1]!, 20, null],
        [null, null, "乙", FUNDING_SOURCES[2]!, 30, 30],
        ["2021-500112-65-01-000099", null, "甲", FUNDING_SOURCES[3]!, 1, 0],
        [null, 99, null, FUNDING_SOURCES[3]!, 1, 0],
        [null, null, "丙", FUNDING_SOURCES[3]!, 1, 0],
        [null, null, "戊", FUNDING_SOURCES[3]!, 1, 0],
        [null, null, null, FUNDING_SOURCES[3]!, 1, 0],
      ],
    });
    expect(summary(problems)).toEqual([
      "资金来源!5 投资项目代码: “项目”表中没有投资项目代码为“2021-500112-65-01-000099”的项目",
      "资金来源!6 项目编号: “项目”表中没有项目编号为“99”的项目",
      "资金来源!7 项目名称: “项目”表中有2个项目名为“丙”，请填写投资项目代码或项目编号",
      "资金来源!8 项目名称: “项目”表中没有名为“戊”的项目",
      "资金来源!9 项目名称: 须填写投资项目代码、项目编号或项目名称之一",
    ]);
    expect(records.find((r) => r.name === "甲")?.funding.map((f) => f.source)).toEqual([FUNDING_SOURCES[0]]);
    expect(records.find((r) => r.name === "乙")?.funding.map((f) => f.source)).toEqual([
      FUNDING_SOURCES[1],
      FUNDING_SOURCES[2],
    ]);
  });

  it("reports a repeated source, secured above planned, and funding above the total on 总投资", async () => {
    const { problems, records } = await parse({
      项目: [HEADER, good("甲")],
      资金来源: [
        FUNDING_HEADER,
        [null, null, "甲", FUNDING_SOURCES[0]!, 60, 10],
        [null, null, "甲", FUNDING_SOURCES[1]!, 50, 60],
        [null, null, "甲", FUNDING_SOURCES[0]!, 1, 0],
        [null, null, "甲", "自筹", 1, 0],
        [null, null, "甲", FUNDING_SOURCES[2]!, 45, 0],
      ],
    });
    expect(summary(problems)).toEqual([
      "项目!2 总投资（万元）: 资金来源计划合计（105万元）超过总投资（100万元）",
      "资金来源!3 已落实（万元）: 已落实金额不能超过计划金额",
      "资金来源!4 资金来源: 资金来源“地方政府专项债券”与第2行重复".replace(
        "地方政府专项债券",
        FUNDING_SOURCES[0]!,
      ),
      "资金来源!5 资金来源: 资金来源“自筹”不在目录中（见填表说明）",
    ]);
    expect(records).toEqual([]);
  });

  it("reads sheet 项目 wherever it is, else the first sheet, and notes what it ignores", async () => {
    const named = await parse({ 说明: [["随便写点什么"]], 项目: [HEADER, good("甲")] });
    expect(named.records.map((r) => r.name)).toEqual(["甲"]);
    expect(named.notes).toEqual(['工作表“说明”不是登记表的一部分，已忽略（sheet "说明" ignored）']);

    const first = await parse({
      Sheet1: [
        [...HEADER, "联系人"],
        [...good("甲"), "张三", null, "孤立"],
      ],
    });
    expect(first.records.map((r) => r.name)).toEqual(["甲"]);
    expect(first.notes).toEqual([
      "工作表“Sheet1”：未识别的列 “联系人” 已忽略（unknown columns ignored: 联系人）",
      "工作表“Sheet1”第2行第K列有数据但没有表头，已忽略（column K has data but no header; ignored）",
    ]);
  });

  it("refuses a file that is no workbook with a clear error", async () => {
    const attempt = parseRegister({ format: "xlsx", file: Buffer.from("not a zip") }, LOOKUPS);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 400, code: "register_unreadable" });
  });
});

describe("readRegisterRows", () => {
  it("reads Chinese text exactly however the compressed stream is chunked", async () => {
    const file = join(tempDir(), "names.xlsx");
    const names = Array.from({ length: 3000 }, (_, i) => `重庆市第${i}号新型基础设施项目（智能化改造）`);
    const records = names.map((name, i) => buildRecord({ id: i + 1, code: null, name, funding: [] }));
    await writeRegisterXlsx(records, createWriteStream(file), { years: YEARS });
    const read: string[] = [];
    for await (const row of readRegisterRows({ format: "xlsx", file }))
      read.push(String(row.cells["项目名称"]));
    expect(read).toEqual(names);
  });

  it("reads shared strings (as Excel writes them) exactly across chunks too", async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `渝北区第${i}号算力中心（液冷机房）`);
    const file = await workbookOf({ 项目: [HEADER, ...names.map((name) => good(name))] });
    const read: string[] = [];
    for await (const row of readRegisterRows({ format: "xlsx", file }))
      read.push(String(row.cells["项目名称"]));
    expect(read).toEqual(names);
  });

  it("reads numeric dates of a 1904 workbook in its own date system", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet("项目").addRows([
      [...HEADER, "计划开工", "计划竣工"],
      [...good("甲"), 42794, new Date(Date.UTC(2022, 11, 31))],
    ]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { records, problems } = await parseRegister({ format: "xlsx", file }, LOOKUPS);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ plannedStart: "2021-03-01", plannedEnd: "2022-12-31" });
  });

  it("reports each sheet's layout", async () => {
    const layouts: { sheet: string; firstRow: number | undefined }[] = [];
    const file = await workbookOf({ 项目: [["标题"], HEADER, good("甲")], 资金来源: [FUNDING_HEADER] });
    for await (const _ of readRegisterRows(
      { format: "xlsx", file },
      { onSheet: (l) => layouts.push({ sheet: l.sheet, firstRow: l.header?.firstRow }) },
    )) {
      // the layouts are what this test is about
    }
    expect(layouts).toEqual([
      { sheet: "项目", firstRow: 2 },
      { sheet: "资金来源", firstRow: 1 },
    ]);
  });
});
