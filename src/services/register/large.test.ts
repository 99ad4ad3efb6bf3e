import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportProblem, ProjectRecord } from "../../domain/project-record.js";
import { ERROR_FILL_ARGB, markErrors, PROBLEM_SHEET } from "./mark-errors.js";
import { parseRegister } from "./parse.js";
import { buildRecord, LOOKUPS, tempDir, YEARS } from "./test-fixtures.js";
import { writeRegisterXlsx } from "./write.js";

const ROWS = 10_000;
const BAD_ROW = 7321;

function* portfolio(): Generator<ProjectRecord> {
  for (let i = 1; i <= ROWS; i++) {
    const sheetRow = i + 1;
    yield buildRecord({
      id: i,
      code: `2020-500112-65-01-${String(i).padStart(6, "0")}`,
      name: `新型基础设施项目${i}`,
      districtCode: sheetRow === BAD_ROW ? "999999" : "500112",
    });
  }
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (typeof note === "string") return note;
  return (note?.texts ?? []).map((t) => t.text).join("");
}

describe("a 10 000-row register with one bad cell", () => {
  let file: string;
  let problems: ImportProblem[];

  beforeAll(async () => {
    file = join(tempDir(), "register.xlsx");
    await writeRegisterXlsx(portfolio(), createWriteStream(file), { years: YEARS });
    ({ problems } = await parseRegister({ format: "xlsx", file }, LOOKUPS));
  }, 120_000);

  it("reports exactly that cell: its row, column and value", () => {
    expect(problems).toEqual([
      {
        sheet: "项目",
        row: BAD_ROW,
        column: "区县代码",
        value: "999999",
        reason: "区县代码“999999”不存在",
        reasonEn: 'district code "999999" does not exist',
      },
    ]);
  });

  it("marks the cell red with a note and lists the problem in 错误清单", async () => {
    const marked = await markErrors(await readFile(file), problems);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(marked as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet("项目")!.getRow(BAD_ROW).getCell(5);
    expect(cell.value).toBe("999999");
    expect(cell.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: ERROR_FILL_ARGB },
    });
    expect(noteText(cell.note)).toContain("区县代码“999999”不存在");
    expect(noteText(cell.note)).toContain('district code "999999" does not exist');
    const neighbour = workbook
      .getWorksheet("项目")!
      .getRow(BAD_ROW - 1)
      .getCell(5);
    expect(neighbour.note).toBeUndefined();

    const list = workbook.getWorksheet(PROBLEM_SHEET)!;
    expect(list.getRow(1).values).toEqual([undefined, "工作表", "行", "列", "填写值", "问题", "Problem"]);
    expect(list.getRow(2).values).toEqual([
      undefined,
      "项目",
      BAD_ROW,
      "区县代码",
      "999999",
      "区县代码“999999”不存在",
      'district code "999999" does not exist',
    ]);
    expect(list.rowCount).toBe(2);
  }, 120_000);

  it("clears its earlier marks when a marked file is marked again", async () => {
    const once = await markErrors(await readFile(file), problems);
    const elsewhere: ImportProblem = { ...problems[0]!, row: 2, value: "500112" };
    const twice = await markErrors(once, [elsewhere]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(twice as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("项目")!;
    expect(sheet.getRow(BAD_ROW).getCell(5).note).toBeUndefined();
    expect(noteText(sheet.getRow(2).getCell(5).note)).toContain("区县代码");
    expect(workbook.getWorksheet(PROBLEM_SHEET)!.rowCount).toBe(2);
  }, 120_000);
});

describe("reading the same register into a sink", () => {
  it("hands on valid rows a thousand at a time in order, and nothing once a problem is found", async () => {
    const file = join(tempDir(), "register.xlsx");
    await writeRegisterXlsx(portfolio(), createWriteStream(file), { years: YEARS });
    const batches: number[][] = [];
    const result = await parseRegister({ format: "xlsx", file }, LOOKUPS, (records, rows) => {
      expect(records.map((r) => r.name)).toEqual(rows.map((row) => `新型基础设施项目${row - 1}`));
      batches.push(rows);
      return Promise.resolve();
    });
    // Rows 2–7001 fill seven batches; the eighth holds row 7321 and is never handed on.
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    expect(batches.flat()).toEqual(Array.from({ length: 7000 }, (_, i) => i + 2));
    expect(result.records).toEqual([]);
    expect(result.problems.map((p) => p.row)).toEqual([BAD_ROW]);
  }, 120_000);

  it("passes the sink's own failure on as it is, not as an unreadable file", async () => {
    const file = join(tempDir(), "register.xlsx");
    await writeRegisterXlsx(portfolio(), createWriteStream(file), { years: YEARS });
    const failure = new Error("connection lost");
    await expect(
      parseRegister({ format: "xlsx", file }, LOOKUPS, () => Promise.reject(failure)),
    ).rejects.toBe(failure);
  }, 120_000);
});
