import type ExcelJS from "exceljs";
import { formatAmount, type Fen } from "../../domain/money.js";

export type XlsxCell =
  | { kind: "text"; text: string }
  | { kind: "integer"; value: number }
  /** A recorded value, written as a number only where the number keeps every digit. */
  | { kind: "number"; value: number }
  /** Money shown in 万元, exact from fen. */
  | { kind: "wan"; fen: Fen }
  /** A percentage, one decimal; null when nothing was due. */
  | { kind: "percent"; value: number | null };

export const text = (t: string): XlsxCell => ({ kind: "text", text: t });
export const integer = (value: number): XlsxCell => ({ kind: "integer", value });
export const wan = (amount: Fen): XlsxCell => ({ kind: "wan", fen: amount });
export const pct = (value: number | null): XlsxCell => ({ kind: "percent", value });

export interface XlsxColumn<T> {
  header: string;
  width: number;
  cell: (row: T, index: number) => XlsxCell;
  wrap?: boolean;
}

export const AMOUNT_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.0";
const HEADER_FILL = "FFD9E1F2";
const TOTAL_FILL = "FFF2F2F2";
const THIN = { style: "thin" as const, color: { argb: "FF8C8C8C" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes a cell. Amounts go through formatAmount (integer arithmetic on fen) to the exact 万元 decimal
 * with two places, which a spreadsheet number holds exactly enough to print the same digits.
 */
export function writeCell(target: ExcelJS.Cell, cell: XlsxCell): void {
  switch (cell.kind) {
    case "text":
      target.value = cell.text;
      return;
    case "integer":
    case "number":
      target.value = cell.value;
      return;
    case "wan":
      target.value = Number(formatAmount(cell.fen, "wan", 2, false));
      target.numFmt = AMOUNT_FORMAT;
      return;
    case "percent":
      target.value = cell.value ?? "—";
      if (cell.value === null) target.alignment = { horizontal: "right" };
      else target.numFmt = PERCENT_FORMAT;
      return;
  }
}

/** Print setup shared by every sheet: A4, fit to the page width, the header rows repeated, page numbers. */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  options: { landscape: boolean; titleRows?: string },
): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
  sheet.headerFooter = { oddFooter: "&L&A&R第 &P 页，共 &N 页" };
}

/**
 * A sheet holding one table: a title row, a header row (both frozen and repeated on every printed
 * page), the rows, and an optional bold total row.
 */
export function tableSheet<T>(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: readonly XlsxColumn<T>[],
  rows: readonly T[],
  options: { total?: T; landscape?: boolean; empty?: string } = {},
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 13 };
  titleCell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  header.height = 32;

  const addRow = (row: T, index: number, total: boolean) => {
    const line = sheet.addRow([]);
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      writeCell(cell, c.cell(row, index));
      cell.border = BORDER;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      if (total) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TOTAL_FILL } };
      }
    });
  };
  if (!rows.length && options.empty) sheet.addRow([options.empty]);
  rows.forEach((row, i) => addRow(row, i, false));
  if (options.total !== undefined) addRow(options.total, rows.length, true);
  printSetup(sheet, { landscape: options.landscape ?? true, titleRows: "1:2" });
  return sheet;
}
