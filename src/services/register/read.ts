import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import {
  detectHeader,
  HEADER_SCAN_ROWS,
  type DetectedHeader,
  type SheetRow,
} from "../../domain/register/header-detect.js";
import { cleanText, plainCell, type RawCell } from "../../domain/register/normalise.js";
import type { RawRow } from "../../domain/register/row-cells.js";
import { SHEET_NAMES, type SheetKind } from "../../domain/register/template.js";
import { CsvReader, decodeCsvBytes, restoreFormulaText } from "./csv.js";
import { decodeUtf8AcrossChunks, deferSheetsUntilWorkbookKnown } from "./exceljs-utf8.js";

/** A file path, the bytes, or a stream of them. */
export type RegisterInput = string | Buffer | Readable;

/** A register workbook, or the register as CSV: one file of projects and optionally one of funding. */
export type RegisterSource =
  | { format: "xlsx"; file: RegisterInput }
  | { format: "csv"; projects: RegisterInput; funding?: RegisterInput | null };

/**
 * A data row of sheet 项目 or 资金来源, cells keyed by their header as the sheet shows it (blank cells
 * left out; unknown columns kept, the validators pass over them).
 */
export interface RegisterRow extends RawRow {
  kind: SheetKind;
}

/** What was found at the top of a sheet; `header` is null when none was recognised. */
export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  header: DetectedHeader | null;
}

export interface ReadHooks {
  onSheet?: (layout: SheetLayout) => void;
  onNote?: (note: string) => void;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Bytes in hand are handed on in 64 KiB slices, as a file would be read: a CSV reader fed the whole
 * upload at once would hold every record of it at the same time.
 */
function* slices(bytes: Buffer): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

function toStream(input: RegisterInput): Readable {
  if (typeof input === "string") return createReadStream(input);
  if (Buffer.isBuffer(input)) return Readable.from(slices(input));
  return input;
}

function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Maps the rows below a header to register rows; data under no header is noted once per column. */
function rowMapper(
  layout: SheetLayout & { header: DetectedHeader },
  hooks: ReadHooks,
  date1904: boolean,
): (r: SheetRow) => RegisterRow | null {
  const { sheet, kind, header } = layout;
  const headed = new Set([...header.columns, ...header.unknown, ...header.duplicates].map((c) => c.index));
  const flagged = new Set<number>();
  // unknown columns travel too (a 合计 label may sit in one); duplicates would overwrite their twin
  const keyed = [...header.columns, ...header.unknown];
  return (r) => {
    if (r.row <= header.lastRow) return null;
    const cells: Record<string, RawCell> = {};
    let empty = true;
    for (const column of keyed) {
      const value = r.values[column.index];
      if (isEmptyCell(value)) continue;
      cells[column.header] = value;
      if (column.resolved) empty = false;
    }
    r.values.forEach((value, index) => {
      if (isEmptyCell(value) || headed.has(index) || flagged.has(index)) return;
      flagged.add(index);
      const letter = columnLetter(index);
      hooks.onNote?.(
        `工作表“${sheet}”第${r.row}行第${letter}列有数据但没有表头，已忽略（column ${letter} has data but no header; ignored）`,
      );
    });
    return empty ? null : { sheet, kind, row: r.row, cells, ...(date1904 ? { date1904 } : {}) };
  };
}

function announce(layout: SheetLayout, hooks: ReadHooks): void {
  hooks.onSheet?.(layout);
  const unknown = layout.header?.unknown ?? [];
  if (unknown.length === 0) return;
  const names = unknown.map((c) => `“${c.header}”`).join("、");
  const namesEn = unknown.map((c) => c.header).join(", ");
  hooks.onNote?.(
    `工作表“${layout.sheet}”：未识别的列 ${names} 已忽略（unknown columns ignored: ${namesEn}）`,
  );
}

/**
 * Turns a sheet's rows into register rows: finds the header among the first non-empty rows, then
 * yields each non-empty row below it with cells keyed by header. The rows are read to the end in
 * every case (a streaming workbook cannot skip ahead to the next sheet).
 */
async function* tabulate(
  sheet: string,
  kind: SheetKind,
  rows: AsyncIterable<SheetRow>,
  hooks: ReadHooks,
  date1904: boolean,
): AsyncGenerator<RegisterRow> {
  const iterator = rows[Symbol.asyncIterator]();
  try {
    const head: SheetRow[] = [];
    while (head.length < HEADER_SCAN_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      if (!next.value.values.every(isEmptyCell)) head.push(next.value);
    }
    const header = detectHeader(kind, head);
    announce({ sheet, kind, header }, hooks);
    const toRow = header ? rowMapper({ sheet, kind, header }, hooks, date1904) : () => null;
    for (const r of head) {
      const row = toRow(r);
      if (row) yield row;
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const row = toRow(next.value);
      if (row) yield row;
    }
  } finally {
    await iterator.return?.();
  }
}

/** "A", "B", … "AA" for a 0-based column index. */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The loose shape of exceljs's streaming reader beyond its typings: sheet names and the date system. */
interface StreamingWorkbookInternals {
  model?: { sheets?: { name: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

function sheetKindOf(name: string, sheetNames: readonly string[], isFirstSeen: boolean): SheetKind | null {
  const key = cleanText(name);
  if (key === SHEET_NAMES.projects) return "projects";
  if (key === SHEET_NAMES.funding) return "funding";
  const hasProjectsSheet = sheetNames.some((n) => cleanText(n) === SHEET_NAMES.projects);
  const isFirst = sheetNames.length > 0 ? cleanText(sheetNames[0] ?? "") === key : isFirstSeen;
  return !hasProjectsSheet && isFirst ? "projects" : null;
}

async function* worksheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    yield { row: row.number, values: Array.from(values, plainCell) };
  }
}

/** Reads a sheet through: a streaming workbook moves on only once the sheet has been read. */
async function drain(rows: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of rows) {
    // nothing to keep
  }
}

/** Sheets of the template's own that are skipped without a note. */
const QUIET_SHEETS = new Set<string>([SHEET_NAMES.instructions, SHEET_NAMES.problems]);

async function* readXlsx(file: RegisterInput, hooks: ReadHooks): AsyncGenerator<RegisterRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(toStream(file), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  decodeUtf8AcrossChunks(reader);
  deferSheetsUntilWorkbookKnown(reader);
  const internals = reader as unknown as StreamingWorkbookInternals;
  let seen = 0;
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name ?? "";
    const kind = sheetKindOf(name, internals.model?.sheets?.map((s) => s.name) ?? [], seen === 0);
    seen += 1;
    if (!kind) {
      if (!QUIET_SHEETS.has(cleanText(name))) {
        hooks.onNote?.(`工作表“${name}”不是登记表的一部分，已忽略（sheet "${name}" ignored）`);
      }
      await drain(worksheet);
      continue;
    }
    const date1904 = internals.properties?.model?.date1904 === true;
    yield* tabulate(name, kind, worksheetRows(worksheet), hooks, date1904);
  }
}

async function* csvRows(input: RegisterInput): AsyncGenerator<SheetRow> {
  const reader = new CsvReader();
  for await (const text of decodeCsvBytes(toStream(input) as AsyncIterable<Uint8Array>)) {
    for (const record of reader.push(text))
      yield { ...record, values: record.values.map(restoreFormulaText) };
  }
  for (const record of reader.end()) yield { ...record, values: record.values.map(restoreFormulaText) };
}

/**
 * Streams the data rows of a register: sheet 项目 (or the first sheet when none is so named) and
 * sheet 资金来源 of a workbook, or the two CSV files. Memory stays bounded by one row plus the
 * header window (and the workbook's shared strings); nothing else of the file is kept.
 */
export async function* readRegisterRows(
  source: RegisterSource,
  hooks: ReadHooks = {},
): AsyncGenerator<RegisterRow> {
  if (source.format === "xlsx") {
    yield* readXlsx(source.file, hooks);
    return;
  }
  yield* tabulate(SHEET_NAMES.projects, "projects", csvRows(source.projects), hooks, false);
  if (source.funding) yield* tabulate(SHEET_NAMES.funding, "funding", csvRows(source.funding), hooks, false);
}
