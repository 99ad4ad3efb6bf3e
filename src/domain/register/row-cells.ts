import type { ImportProblem } from "../project-record.js";
import { resolveHeader, resolvedIdentity, type ResolvedHeader } from "./headers.js";
import { compactCode, displayText, isBlank, type RawCell } from "./normalise.js";
import type { SheetKind } from "./template.js";

/** One raw row of a sheet: header text → cell, and where it is. */
export interface RawRow {
  sheet: string;
  /** 1-based row of the sheet. */
  row: number;
  cells: Readonly<Record<string, RawCell>>;
  /** Numeric dates are serials of the 1904 date system. */
  date1904?: boolean;
}

export interface FieldCell {
  header: string;
  value: RawCell;
  resolved: ResolvedHeader;
}

const resolutions: Record<SheetKind, Map<string, ResolvedHeader | null>> = {
  projects: new Map(),
  funding: new Map(),
};

function resolveCached(header: string, sheet: SheetKind): ResolvedHeader | null {
  const known = resolutions[sheet];
  let resolved = known.get(header);
  if (resolved === undefined) {
    if (known.size > 10_000) known.clear();
    resolved = resolveHeader(header, sheet);
    known.set(header, resolved);
  }
  return resolved;
}

/** Rows are read by several rules (totals, validation, funding keys): their cells are resolved once. */
const resolvedRows = new WeakMap<RawRow, { sheet: SheetKind; cells: Map<string, FieldCell> }>();

/** The row's cells by what their headers mean (first column wins); unknown headers are left out. */
export function fieldCells(row: RawRow, sheet: SheetKind): Map<string, FieldCell> {
  const known = resolvedRows.get(row);
  if (known?.sheet === sheet) return known.cells;
  const out = new Map<string, FieldCell>();
  for (const [header, value] of Object.entries(row.cells)) {
    const resolved = resolveCached(header, sheet);
    if (!resolved) continue;
    const identity = resolvedIdentity(resolved);
    if (!out.has(identity)) out.set(identity, { header, value, resolved });
  }
  resolvedRows.set(row, { sheet, cells: out });
  return out;
}

/** Collects a row's problems, each naming the sheet, row, column and the value as typed. */
export class RowProblems {
  readonly list: ImportProblem[] = [];
  constructor(private readonly row: Pick<RawRow, "sheet" | "row">) {}

  add(column: string, value: RawCell, reason: string, reasonEn: string): void {
    this.list.push({
      sheet: this.row.sheet,
      row: this.row.row,
      column,
      value: displayText(value),
      reason,
      reasonEn,
    });
  }
}

const TOTAL_WORDS = new Set(["合计", "总计", "小计"]);

/** A 合计/总计/小计 line under the list: no project name, and one of those words in some cell. */
export function isTotalsRow(row: RawRow): boolean {
  const name = fieldCells(row, "projects").get("name")?.value;
  if (!isBlank(name) && !TOTAL_WORDS.has(compactCode(displayText(name)))) return false;
  return Object.values(row.cells).some(
    (cell) => typeof cell === "string" && TOTAL_WORDS.has(compactCode(cell)),
  );
}
