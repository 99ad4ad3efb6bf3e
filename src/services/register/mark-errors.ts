import ExcelJS from "exceljs";
import type { ImportProblem } from "../../domain/project-record.js";
import { detectHeader, HEADER_SCAN_ROWS, type SheetRow } from "../../domain/register/header-detect.js";
import { cleanText, plainCell } from "../../domain/register/normalise.js";
import { SHEET_NAMES } from "../../domain/register/template.js";

export const PROBLEM_SHEET = SHEET_NAMES.problems;
/** Excel's light red "Bad" fill. */
export const ERROR_FILL_ARGB = "FFFFC7CE";
/** Notes written here start with this, so a re-upload's old marks can be cleared. */
const NOTE_PREFIX = "导入检查：";

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => (typeof t === "string" ? t : t.text)).join("");
}

/**
 * exceljs can set a note but not remove one: a loaded note sits both in the cell's live model and
 * in its private `_comment`, and both must go.
 */
function removeNote(cell: ExcelJS.Cell): void {
  delete (cell.model as { comment?: unknown }).comment;
  Reflect.deleteProperty(cell, "_comment");
}

/** Removes the fills and notes an earlier run left, so fixed cells do not stay red. */
function clearEarlierMarks(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!noteText(cell.note).startsWith(NOTE_PREFIX)) return;
        removeNote(cell);
        cell.fill = { type: "pattern", pattern: "none" };
      }),
    );
  });
}

/** Column number (1-based) of each header of a sheet, found as the reader finds them. */
function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (rows.length >= HEADER_SCAN_ROWS) return;
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: number, values: Array.from(values, plainCell) });
  });
  const kind = cleanText(sheet.name) === SHEET_NAMES.funding ? "funding" : "projects";
  const header = detectHeader(kind, rows);
  const out = new Map<string, number>();
  for (const c of [...(header?.columns ?? []), ...(header?.duplicates ?? []), ...(header?.unknown ?? [])]) {
    if (!out.has(c.header)) out.set(c.header, c.index + 1);
  }
  return out;
}

function addProblemSheet(workbook: ExcelJS.Workbook, problems: readonly ImportProblem[]): void {
  const existing = workbook.getWorksheet(PROBLEM_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(PROBLEM_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "工作表", width: 12 },
    { header: "行", width: 8 },
    { header: "列", width: 24 },
    { header: "填写值", width: 24 },
    { header: "问题", width: 50 },
    { header: "Problem", width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of problems) sheet.addRow([p.sheet, p.row, p.column, p.value, p.reason, p.reasonEn]);
}

/**
 * A copy of an uploaded workbook with every cell a problem names filled red and given a note with the
 * reason in Chinese and English, plus a sheet 错误清单 listing all problems. A problem whose column
 * is not in the sheet (a missing column, say) is marked on the row's first cell. Loads the whole
 * workbook: it only runs for an import that failed.
 */
export async function markErrors(originalFile: Buffer, problems: readonly ImportProblem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(originalFile as unknown as ArrayBuffer);
  clearEarlierMarks(workbook);
  const columnsBySheet = new Map<string, Map<string, number>>();
  const notes = new Map<ExcelJS.Cell, string[]>();
  for (const p of problems) {
    const sheet = workbook.getWorksheet(p.sheet);
    if (!sheet) continue;
    let columns = columnsBySheet.get(p.sheet);
    if (!columns) columnsBySheet.set(p.sheet, (columns = headerColumns(sheet)));
    const cell = sheet.getRow(Math.max(1, p.row)).getCell(columns.get(p.column) ?? 1);
    notes.set(cell, [...(notes.get(cell) ?? []), `${p.reason}\n${p.reasonEn}`]);
  }
  for (const [cell, reasons] of notes) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ERROR_FILL_ARGB } };
    cell.note = `${NOTE_PREFIX}\n${reasons.join("\n\n")}`;
  }
  addProblemSheet(workbook, problems);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
