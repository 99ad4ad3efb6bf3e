import { createReadStream, createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseRegister } from "./parse.js";
import {
  asImported,
  buildRecord,
  LOOKUPS,
  REFERENCE,
  sampleRecords,
  tempDir,
  YEARS,
} from "./test-fixtures.js";
import { AMOUNT_FORMAT, DATE_FORMAT, isExactAsNumber, writeRegisterCsv, writeRegisterXlsx } from "./write.js";

describe("records → xlsx → records", () => {
  let file: string;

  beforeAll(async () => {
    file = join(tempDir(), "register.xlsx");
    await writeRegisterXlsx(sampleRecords(), createWriteStream(file), { years: YEARS, reference: REFERENCE });
  });

  it("reads back every field (the read-only completed investment returns as zero)", async () => {
    const result = await parseRegister({ format: "xlsx", file }, LOOKUPS);
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.records).toEqual(sampleRecords().map(asImported));
  });

  it("reads the same from a buffer and from a stream", async () => {
    const fromBuffer = await parseRegister({ format: "xlsx", file: await readFile(file) }, LOOKUPS);
    const fromStream = await parseRegister({ format: "xlsx", file: createReadStream(file) }, LOOKUPS);
    expect(fromBuffer.records).toEqual(sampleRecords().map(asImported));
    expect(fromStream.records).toEqual(sampleRecords().map(asImported));
  });

  it("writes the template: three sheets, a bold frozen header, 万元 and date formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["项目", "资金来源", "填表说明"]);
    const projects = workbook.getWorksheet("项目")!;
    const header = projects.getRow(1);
    expect(header.getCell(1).value).toBe("项目编号（系统）");
    expect(header.getCell(12).value).toBe("总投资（万元）");
    expect(header.getCell(18).value).toBe("年度计划投资 2020（万元）");
    expect(header.getCell(21).value).toBe("项目简介");
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(projects.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(projects.getColumn(3).width).toBe(36);

    const total = projects.getRow(2).getCell(12);
    expect(total.value).toBe(12345.678901);
    expect(total.numFmt).toBe(AMOUNT_FORMAT);
    expect(projects.getRow(2).getCell(14).value).toEqual(new Date(Date.UTC(2020, 2, 1)));
    expect(projects.getRow(2).getCell(14).numFmt).toBe(DATE_FORMAT);
    expect(projects.getRow(2).getCell(9).value).toBe("市级");
    expect(projects.getRow(2).getCell(11).value).toBe("在建");
    // 1234567890.123456 has 16 significant digits: kept exact as text
    expect(projects.getRow(7).getCell(12).value).toBe("1234567890.123456");

    const funding = workbook.getWorksheet("资金来源")!;
    expect(funding.getRow(1).values).toEqual([
      undefined,
      "项目编号（系统）",
      "投资项目代码",
      "项目名称",
      "资金来源",
      "计划（万元）",
      "已落实（万元）",
    ]);
    expect(funding.getRow(2).values).toEqual([
      undefined,
      101,
      "2020-500112-65-01-000101",
      "两江国际云计算中心数据中心（一期）",
      "地方政府专项债券",
      5000,
      4999.999999,
    ]);
    const instructions = workbook.getWorksheet("填表说明")!;
    expect(instructions.getRow(1).getCell(1).value).toBe("重大项目库登记表 填表说明");
  });

  it("refuses a record with an annual plan for a year it has no column for", async () => {
    const record = buildRecord({
      annualPlans: [{ year: 2019, plannedFen: buildRecord().totalInvestmentFen }],
    });
    await expect(
      writeRegisterXlsx([record], createWriteStream(join(tempDir(), "x.xlsx")), { years: YEARS }),
    ).rejects.toThrow(/2019/);
  });

  it("writes a blank template from no records", async () => {
    const blank = join(tempDir(), "template.xlsx");
    await writeRegisterXlsx([], createWriteStream(blank), {
      years: [2023, 2024, 2025],
      reference: REFERENCE,
    });
    const result = await parseRegister({ format: "xlsx", file: blank }, LOOKUPS);
    expect(result).toEqual({ records: [], rows: [], fundingByRow: new Map(), problems: [], notes: [] });
  });
});

describe("records → CSV → records", () => {
  async function writeCsv(dir: string) {
    const paths = { projects: join(dir, "项目.csv"), funding: join(dir, "资金来源.csv") };
    await writeRegisterCsv(
      sampleRecords(),
      { projects: createWriteStream(paths.projects), funding: createWriteStream(paths.funding) },
      { years: YEARS },
    );
    return paths;
  }

  it("reads back every field", async () => {
    const paths = await writeCsv(tempDir());
    const result = await parseRegister({ format: "csv", ...paths }, LOOKUPS);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual(sampleRecords().map(asImported));
  });

  it("writes UTF-8 with a BOM, CRLF lines and exact decimals", async () => {
    const paths = await writeCsv(tempDir());
    const text = await readFile(paths.projects, "utf8");
    expect(text.startsWith("\ufeff项目编号（系统）,投资项目代码,项目名称,")).toBe(true);
    expect(text).toContain(
      "\r\n101,2020-500112-65-01-000101,两江国际云计算中心数据中心（一期）,COMP-1,500112,",
    );
    expect(text).toContain(",1234567890.123456,");
    expect(text).toContain(',"建设内容包括：\n1. 实训楼, 面积 1.2 万平方米；\n2. ""虚拟仿真""平台。"');
    const funding = await readFile(paths.funding, "utf8");
    expect(funding.split("\r\n")[0]).toBe(
      "\ufeff项目编号（系统）,投资项目代码,项目名称,资金来源,计划（万元）,已落实（万元）",
    );
  });
});

describe("isExactAsNumber", () => {
  it("accepts decimals a double shows unchanged within 15 significant digits", () => {
    for (const text of ["0", "12", "12345.678901", "0.000001", "-5.5", "123456789.123456"]) {
      expect(isExactAsNumber(text), text).toBe(true);
    }
  });

  it("refuses what a double would change or Excel would cut", () => {
    for (const text of ["1234567890.123456", "12345678901234567", "9007199254740993"]) {
      expect(isExactAsNumber(text), text).toBe(false);
    }
  });
});
