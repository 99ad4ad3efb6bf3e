import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import type { ProjectRecord } from "../../domain/project-record.js";
import {
  exportCellText,
  fundingRowCells,
  projectRowCells,
  type ExportCell,
} from "../../domain/register/export-cells.js";
import { instructionRows, type RegisterReference } from "../../domain/register/instructions.js";
import { acceptedLabels } from "../../domain/register/labels.js";
import {
  FUNDING_COLUMNS,
  projectColumns,
  SHEET_NAMES,
  type ProjectColumnKey,
  type TemplateColumn,
} from "../../domain/register/template.js";
import { csvLine } from "./csv.js";
import { Spool } from "./spool.js";

export { markErrors } from "./mark-errors.js";

export interface RegisterWriteOptions {
  /** One annual plan column per year; a record with a plan for another year is refused. */
  years: readonly number[];
  /** Code lists printed in 填表说明 (and offered as a drop-down for 资金来源). */
  reference?: RegisterReference;
}

/** Shows 2 to 6 decimals of 万元, so 12345.678901 shows in full and 12 shows as 12.00. */
export const AMOUNT_FORMAT = "#,##0.00####";
export const DATE_FORMAT = "yyyy-mm-dd";
const HEADER_FILL = "FFD9E1F2";
const ROWS_PER_BREATH = 256;
const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", ySplit: 1 }];

/**
 * An amount is written as a number only when the number reads back as the same text with at most
 * 15 significant digits (what Excel keeps, and what the reader takes a number cell as); otherwise as
 * text, which loses nothing.
 */
export function isExactAsNumber(decimal: string): boolean {
  const significant = decimal.replace(/^-/, "").replace(".", "").replace(/^0+/, "");
  return significant.length <= 15 && Number(decimal).toString() === decimal;
}

function xlsxValue(cell: ExportCell): ExcelJS.CellValue {
  if (cell === null) return null;
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "integer":
      return cell.value;
    case "amount":
      return isExactAsNumber(cell.decimal) ? Number(cell.decimal) : cell.decimal;
    case "date": {
      const [y = 0, m = 1, d = 1] = cell.iso.split("-").map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
  }
}

function addDataRow(sheet: ExcelJS.Worksheet, cells: readonly ExportCell[]): void {
  const row = sheet.addRow(cells.map(xlsxValue));
  cells.forEach((cell, i) => {
    if (cell?.kind === "amount") {
      const target = row.getCell(i + 1);
      if (typeof target.value === "number") target.numFmt = AMOUNT_FORMAT;
      else target.alignment = { horizontal: "right" };
    } else if (cell?.kind === "date") row.getCell(i + 1).numFmt = DATE_FORMAT;
  });
  row.commit();
}

function addHeader(sheet: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const row = sheet.addRow(columns.map((c) => c.header));
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  row.height = 30;
  row.commit();
}

/** exceljs has data validations on every worksheet but leaves them out of its typings. */
interface SheetWithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows below the data that still get the drop-down lists, for projects added by hand. */
const SPARE_ROWS = 1000;

/**
 * Drop-down lists for the label columns (a warning, not a block: English codes are accepted too),
 * down to the last row written plus spare rows. Not whole columns: exceljs expands a validated range
 * cell by cell when it loads a workbook, which would make `markErrors` crawl.
 */
function addLabelLists(
  sheet: ExcelJS.Worksheet,
  columns: readonly TemplateColumn[],
  lastRow: number,
  reference?: RegisterReference,
): void {
  columns.forEach((c, i) => {
    const labels =
      c.key === "level" || c.key === "stage" || c.key === "planCategory"
        ? acceptedLabels(c.key).zh.split("、")
        : c.key === "source" && reference
          ? [...reference.fundingSources]
          : null;
    const list = labels?.join(",");
    if (!list || list.length > 255) return;
    const letter = sheet.getColumn(i + 1).letter;
    (sheet as unknown as SheetWithValidations).dataValidations.add(
      `${letter}2:${letter}${lastRow + SPARE_ROWS}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [`"${list}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        error: `请从列表中选择：${list}`,
      },
    );
  });
}

/** Section titles ("一、通用规则", "“项目”表") and table headers of 填表说明. */
function isHeading(cells: readonly string[]): boolean {
  const first = cells[0] ?? "";
  return /^[一二三四五六七八九十]、|^“.+”表$/.test(first) || first === "列名" || first === "代码";
}

/** Lets compression and the output catch up, so rows do not pile up in memory. */
async function breathe(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, "drain");
  await new Promise((resolve) => setImmediate(resolve));
}

async function writeProjectSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: readonly TemplateColumn<ProjectColumnKey>[],
  records: AsyncIterable<ProjectRecord> | Iterable<ProjectRecord>,
  spool: Spool<ExportCell[]>,
  out: Writable,
): Promise<void> {
  const sheet = workbook.addWorksheet(SHEET_NAMES.projects, { views: FROZEN_HEADER });
  addHeader(sheet, columns);
  let written = 0;
  for await (const record of records) {
    addDataRow(sheet, projectRowCells(record, columns));
    for (const cells of fundingRowCells(record)) await spool.write(cells);
    if (++written % ROWS_PER_BREATH === 0) await breathe(out);
  }
  addLabelLists(sheet, columns, written + 1);
  sheet.commit();
}

async function writeFundingSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spool: Spool<ExportCell[]>,
  out: Writable,
  reference: RegisterReference | undefined,
): Promise<void> {
  const sheet = workbook.addWorksheet(SHEET_NAMES.funding, { views: FROZEN_HEADER });
  addHeader(sheet, FUNDING_COLUMNS);
  let written = 0;
  for await (const cells of spool.read()) {
    addDataRow(sheet, cells);
    if (++written % ROWS_PER_BREATH === 0) await breathe(out);
  }
  addLabelLists(sheet, FUNDING_COLUMNS, written + 1, reference);
  sheet.commit();
}

function writeInstructionSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: readonly TemplateColumn[],
  reference: RegisterReference | undefined,
): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.instructions);
  sheet.columns = [{ width: 28 }, { width: 16 }, { width: 80 }];
  instructionRows(columns, reference).forEach((cells, i) => {
    const row = sheet.addRow(cells);
    if (i === 0) row.font = { bold: true, size: 14 };
    else if (isHeading(cells)) row.font = { bold: true };
    row.commit();
  });
  sheet.commit();
}

/**
 * Streams records into a register workbook (sheets 项目, 资金来源, 填表说明): each row is committed as it
 * is written and funding rows wait in a temporary file until their sheet, so memory stays bounded
 * however many records come. The header is bold and frozen; amounts are 万元 (see `isExactAsNumber`);
 * dates are Excel dates. Resolves once `out` has finished; on failure `out` is destroyed, not left
 * holding half a workbook.
 */
export async function writeRegisterXlsx(
  records: AsyncIterable<ProjectRecord> | Iterable<ProjectRecord>,
  out: Writable,
  options: RegisterWriteOptions,
): Promise<void> {
  const columns = projectColumns(options.years);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const spool = await Spool.open<ExportCell[]>();
  try {
    await writeProjectSheet(workbook, columns, records, spool, out);
    await writeFundingSheet(workbook, spool, out, options.reference);
    writeInstructionSheet(workbook, columns, options.reference);
    await workbook.commit();
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await spool.close();
  }
  await finished(out);
}

async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/**
 * Streams records as two CSV files (UTF-8 with BOM, CRLF, the template's headers): the projects,
 * and their funding one row per source, exactly as the workbook's two sheets. Amounts are exact 万元
 * decimals and dates YYYY-MM-DD. Ends both streams and resolves once they have finished (destroys them
 * on failure).
 */
export async function writeRegisterCsv(
  records: AsyncIterable<ProjectRecord> | Iterable<ProjectRecord>,
  out: { projects: Writable; funding: Writable },
  options: Pick<RegisterWriteOptions, "years">,
): Promise<void> {
  const columns = projectColumns(options.years);
  try {
    await writeText(out.projects, `\ufeff${csvLine(columns.map((c) => c.header))}`);
    await writeText(out.funding, `\ufeff${csvLine(FUNDING_COLUMNS.map((c) => c.header))}`);
    for await (const record of records) {
      await writeText(out.projects, csvLine(projectRowCells(record, columns).map(exportCellText)));
      for (const cells of fundingRowCells(record))
        await writeText(out.funding, csvLine(cells.map(exportCellText)));
    }
  } catch (error) {
    out.projects.destroy();
    out.funding.destroy();
    throw error;
  }
  out.projects.end();
  out.funding.end();
  await Promise.all([finished(out.projects), finished(out.funding)]);
}
