import { resolveHeader, resolvedIdentity, type ResolvedHeader } from "./headers.js";
import { cleanText, displayText, type RawCell } from "./normalise.js";
import { FUNDING_COLUMNS, projectColumns, type SheetKind, type TemplateColumn } from "./template.js";

/** Rows searched for the header: title rows and a two- or three-row header fit comfortably. */
export const HEADER_SCAN_ROWS = 12;
const MAX_HEADER_DEPTH = 3;

/** A sheet row as read: its 1-based number and its cells from column A (index 0). */
export interface SheetRow {
  row: number;
  values: readonly RawCell[];
}

export interface HeaderColumn {
  /** 0-based column index. */
  index: number;
  /** The header as the sheet shows it, the rows of a multi-row header joined by a space. */
  header: string;
  resolved: ResolvedHeader | null;
}

export interface DetectedHeader {
  kind: SheetKind;
  /** 1-based rows the header occupies; data starts below `lastRow`. */
  firstRow: number;
  lastRow: number;
  /** Recognised columns, each meaning once. */
  columns: HeaderColumn[];
  /** Headers that mean nothing in the template. */
  unknown: HeaderColumn[];
  /** Recognised headers whose meaning an earlier column already has. */
  duplicates: HeaderColumn[];
  /** Required template columns the header lacks. */
  missingRequired: TemplateColumn[];
}

/**
 * The headers of a band of rows. A parent cell merged across several children (only its first cell
 * holds the text) is carried to the right over the columns that have children below it.
 */
function bandHeaders(band: readonly SheetRow[]): string[] {
  const width = Math.max(0, ...band.map((r) => r.values.length));
  const text = band.map((r) => Array.from({ length: width }, (_, c) => cleanText(displayText(r.values[c]))));
  const hasChildBelow = (depth: number, c: number) => text.slice(depth + 1).some((row) => row[c] !== "");
  for (let depth = 0; depth < text.length - 1; depth++) {
    const row = text[depth] ?? [];
    let carried = "";
    for (let c = 0; c < width; c++) {
      if (!hasChildBelow(depth, c)) carried = "";
      else if (row[c] !== "") carried = row[c] ?? "";
      else row[c] = carried;
    }
  }
  return Array.from({ length: width }, (_, c) =>
    text
      .map((row) => row[c] ?? "")
      .filter((part, i, parts) => part !== "" && part !== parts[i - 1])
      .join(" "),
  );
}

interface Candidate {
  start: number;
  depth: number;
  headers: string[];
  score: number;
}

function score(headers: readonly string[], kind: SheetKind): number {
  const seen = new Set<string>();
  for (const header of headers) {
    const resolved = header ? resolveHeader(header, kind) : null;
    if (resolved) seen.add(resolvedIdentity(resolved));
  }
  return seen.size;
}

/** More columns recognised wins; at equal count the shallower band, so a title row is not glued on. */
function prefer(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.depth < b.depth);
}

function isConsecutive(band: readonly SheetRow[]): boolean {
  return band.every((r, i) => i === 0 || r.row === (band[i - 1]?.row ?? 0) + 1);
}

function requiredColumns(kind: SheetKind): TemplateColumn[] {
  return kind === "projects"
    ? projectColumns([]).filter((c) => c.required)
    : FUNDING_COLUMNS.filter((c) => c.required);
}

/**
 * Finds the header among the first rows of a sheet: the row (or two or three rows, for a merged
 * multi-row header) whose cells name the most template columns; a title row above it is skipped.
 * Returns null when no band names at least three project columns (two on 资金来源).
 */
export function detectHeader(kind: SheetKind, rows: readonly SheetRow[]): DetectedHeader | null {
  const window = rows.slice(0, HEADER_SCAN_ROWS);
  let best: Candidate | null = null;
  for (let start = 0; start < window.length; start++) {
    for (let depth = 1; depth <= MAX_HEADER_DEPTH && start + depth <= window.length; depth++) {
      const band = window.slice(start, start + depth);
      if (!isConsecutive(band)) break;
      const headers = bandHeaders(band);
      const candidate = { start, depth, headers, score: score(headers, kind) };
      if (!best || prefer(candidate, best)) best = candidate;
    }
  }
  if (!best || best.score < (kind === "projects" ? 3 : 2)) return null;
  return describe(kind, best, window);
}

function describe(kind: SheetKind, best: Candidate, window: readonly SheetRow[]): DetectedHeader {
  const columns: HeaderColumn[] = [];
  const unknown: HeaderColumn[] = [];
  const duplicates: HeaderColumn[] = [];
  const taken = new Set<string>();
  best.headers.forEach((header, index) => {
    if (!header) return;
    const resolved = resolveHeader(header, kind);
    const column = { index, header, resolved };
    if (!resolved) unknown.push(column);
    else if (taken.has(resolvedIdentity(resolved))) duplicates.push(column);
    else {
      taken.add(resolvedIdentity(resolved));
      columns.push(column);
    }
  });
  const keys = new Set<string>(columns.flatMap((c) => (c.resolved ? [c.resolved.key] : [])));
  const missingRequired = requiredColumns(kind).filter((c) => !keys.has(c.key));
  if (kind === "funding" && !["projectId", "projectCode", "projectName"].some((k) => keys.has(k))) {
    missingRequired.unshift(...FUNDING_COLUMNS.filter((c) => c.key === "projectName"));
  }
  return {
    kind,
    firstRow: window[best.start]?.row ?? 1,
    lastRow: window[best.start + best.depth - 1]?.row ?? 1,
    columns,
    unknown,
    duplicates,
    missingRequired,
  };
}
