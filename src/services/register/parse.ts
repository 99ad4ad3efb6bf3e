import { AppError } from "../../domain/errors.js";
import type { ImportProblem, ProjectRecord } from "../../domain/project-record.js";
import { HEADER_SCAN_ROWS } from "../../domain/register/header-detect.js";
import {
  duplicateKeyProblems,
  joinFunding,
  projectRowRef,
  type ProjectRowRef,
} from "../../domain/register/join-funding.js";
import type { RegisterLookups } from "../../domain/register/lookups.js";
import { isTotalsRow } from "../../domain/register/row-cells.js";
import { SHEET_NAMES } from "../../domain/register/template.js";
import { validateFundingRow, type FundingLine } from "../../domain/register/validate-funding.js";
import { validateProjectRow } from "../../domain/register/validate-row.js";
import { readRegisterRows, type RegisterSource, type SheetLayout } from "./read.js";

export interface RegisterParseResult {
  /**
   * The projects of the rows on sheet 项目 without any problem, with their funding, in sheet order
   * (empty when a sink took them as they were read).
   */
  records: ProjectRecord[];
  /** The sheet row of each record, in the same order. */
  rows: number[];
  /** The funding of each project by its row on sheet 项目 (for records a sink took without it). */
  fundingByRow: Map<number, ProjectRecord["funding"]>;
  /** Every problem found, sheet 项目 first, by row. */
  problems: ImportProblem[];
  /** Things ignored on the way (unknown columns, 合计 rows, other sheets), each in both languages. */
  notes: string[];
}

function headerProblems(layout: SheetLayout): ImportProblem[] {
  const { sheet, header } = layout;
  if (!header) {
    const expected = layout.kind === "projects" ? "项目名称、专项代码、区县代码" : "资金来源、计划（万元）";
    return [
      {
        sheet,
        row: 1,
        column: "",
        value: "",
        reason: `工作表“${sheet}”前${HEADER_SCAN_ROWS}行中没有可识别的表头（应含 ${expected} 等列）`,
        reasonEn: `no header found in the first ${HEADER_SCAN_ROWS} rows of sheet "${sheet}"`,
      },
    ];
  }
  const at = { sheet, row: header.lastRow, value: "" };
  return [
    ...header.missingRequired.map((c) => ({
      ...at,
      column: c.header,
      reason: `缺少必填列“${c.header}”`,
      reasonEn: `the required column ${c.header} (${c.en}) is missing`,
    })),
    ...header.duplicates.map((c) => ({
      ...at,
      column: c.header,
      value: c.header,
      reason: `列“${c.header}”与前面的列含义相同，请删除重复的列`,
      reasonEn: `column "${c.header}" repeats an earlier column; remove one`,
    })),
  ];
}

const sheetRank = (p: ImportProblem, projectSheet: string) => (p.sheet === projectSheet ? 0 : 1);

/**
 * Takes valid project records as they are read, a batch at a time in sheet order, for as long as no
 * problem has been found; their funding (a later sheet) comes in the result's `fundingByRow`.
 */
export type RecordSink = (records: ProjectRecord[], rows: number[]) => Promise<void>;

const SINK_BATCH = 1000;

/** A failure of the sink (the database), passed on as it is rather than as an unreadable file. */
class SinkFailure extends Error {
  constructor(readonly failure: unknown) {
    super("the record sink failed");
  }
}

/**
 * Reads and validates a whole register: every row of sheet 项目 and 资金来源, then the funding rows
 * joined to their projects (by 投资项目代码, else 项目编号, else 项目名称). Reports every problem, not
 * just the first; storing nothing when there is any is the caller's part (a sink writes inside a
 * transaction it rolls back). Rows are streamed from the file; with a sink, records are not held.
 */
export async function parseRegister(
  source: RegisterSource,
  lookups: RegisterLookups,
  sink?: RecordSink,
): Promise<RegisterParseResult> {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const projects: ProjectRowRef[] = [];
  const lines: FundingLine[] = [];
  const missingColumns = new Map<string, Set<string>>();
  let projectSheet: string | null = null;
  let pending: { records: ProjectRecord[]; rows: number[] } = { records: [], rows: [] };
  const hand = async (): Promise<void> => {
    const batch = pending;
    pending = { records: [], rows: [] };
    if (!sink || problems.length > 0 || batch.records.length === 0) return;
    try {
      await sink(batch.records, batch.rows);
    } catch (cause) {
      throw new SinkFailure(cause);
    }
  };
  const onSheet = (layout: SheetLayout) => {
    if (layout.kind === "projects") projectSheet ??= layout.sheet;
    problems.push(...headerProblems(layout));
    missingColumns.set(layout.sheet, new Set(layout.header?.missingRequired.map((c) => c.header)));
  };
  try {
    for await (const row of readRegisterRows(source, { onSheet, onNote: (n) => notes.push(n) })) {
      const missing = missingColumns.get(row.sheet);
      const rowProblems = (list: ImportProblem[]) => list.filter((p) => !missing?.has(p.column));
      if (row.kind === "funding") {
        const result = validateFundingRow(row, lookups);
        problems.push(...rowProblems(result.problems));
        if (result.line) lines.push(result.line);
        continue;
      }
      if (isTotalsRow(row)) {
        notes.push(
          `工作表“${row.sheet}”第${row.row}行是合计行，已跳过（row ${row.row} is a totals row; skipped）`,
        );
        continue;
      }
      const result = validateProjectRow(row, lookups);
      problems.push(...rowProblems(result.problems));
      projects.push(projectRowRef(row, result.record, !sink));
      if (sink && result.record && result.problems.length === 0) {
        pending.records.push(result.record);
        pending.rows.push(row.row);
        if (pending.records.length >= SINK_BATCH) await hand();
      }
    }
    await hand();
  } catch (error) {
    if (error instanceof SinkFailure) throw error.failure;
    if (error instanceof AppError) throw error;
    throw new AppError(
      400,
      "register_unreadable",
      "无法读取登记表文件，请确认是 .xlsx 工作簿或 CSV 文件",
      `the register file cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (projectSheet === null) {
    problems.push({
      sheet: SHEET_NAMES.projects,
      row: 1,
      column: "",
      value: "",
      reason: "未找到“项目”工作表",
      reasonEn: "the workbook has no 项目 sheet",
    });
  }
  problems.push(...duplicateKeyProblems(projects));
  const join = joinFunding(projects, lines);
  problems.push(...join.problems);
  const sheetOf = projectSheet ?? SHEET_NAMES.projects;
  problems.sort((a, b) => sheetRank(a, sheetOf) - sheetRank(b, sheetOf) || a.row - b.row);
  const rowsWithProblems = new Set(problems.filter((p) => p.sheet === sheetOf).map((p) => p.row));
  const kept = projects.filter((p) => p.record && !rowsWithProblems.has(p.row));
  const records = kept.flatMap((p) =>
    p.record ? [{ ...p.record, funding: join.fundingOf.get(p) ?? [] }] : [],
  );
  const fundingByRow = new Map([...join.fundingOf].map(([p, funding]) => [p.row, funding] as const));
  return { records, rows: kept.map((p) => p.row), fundingByRow, problems, notes };
}
