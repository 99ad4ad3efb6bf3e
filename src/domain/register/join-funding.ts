import { fen, type Fen } from "../money.js";
import type { ImportProblem, ProjectRecord } from "../project-record.js";
import {
  cleanText,
  compactCode,
  detached,
  detachedCell,
  displayText,
  isBlank,
  parsePositiveIntegerCell,
  type RawCell,
} from "./normalise.js";
import { wanText } from "./normalise-amount.js";
import { fieldCells, type RawRow } from "./row-cells.js";
import { fundingColumn, projectColumn } from "./template.js";
import type { FundingLine } from "./validate-funding.js";

type KeyColumn = "id" | "code" | "name" | "totalInvestment";

/** A row of sheet 项目 as the join sees it: its keys (read leniently) and its record when valid. */
export interface ProjectRowRef {
  sheet: string;
  row: number;
  id: number | null;
  code: string | null;
  name: string | null;
  /** The row's total investment when the row is valid (the funding sum is checked against it). */
  totalInvestmentFen: Fen | null;
  record?: ProjectRecord;
  cells: Record<KeyColumn, { header: string; value: RawCell }>;
}

/**
 * The keys a project row offers, also when the row has problems (so its funding rows still match).
 * `keepRecord: false` leaves the record out, for readers that hand records on as they go.
 */
export function projectRowRef(input: RawRow, record?: ProjectRecord, keepRecord = true): ProjectRowRef {
  const fields = fieldCells(input, "projects");
  const cell = (key: KeyColumn) => {
    const found = fields.get(key);
    return found
      ? { header: found.header, value: detachedCell(found.value) }
      : { header: projectColumn(key).header, value: null };
  };
  const cells = {
    id: cell("id"),
    code: cell("code"),
    name: cell("name"),
    totalInvestment: cell("totalInvestment"),
  };
  const id = parsePositiveIntegerCell(cells.id.value);
  return {
    sheet: input.sheet,
    row: input.row,
    id: id.ok ? id.value : null,
    code: isBlank(cells.code.value) ? null : detached(compactCode(displayText(cells.code.value))),
    name: isBlank(cells.name.value) ? null : detached(cleanText(displayText(cells.name.value))),
    totalInvestmentFen: record?.totalInvestmentFen ?? null,
    ...(record && keepRecord ? { record } : {}),
    cells,
  };
}

function problemAt(
  at: { sheet: string; row: number },
  cell: { header: string; value: RawCell },
  reason: string,
  reasonEn: string,
): ImportProblem {
  return {
    sheet: at.sheet,
    row: at.row,
    column: cell.header,
    value: displayText(cell.value),
    reason,
    reasonEn,
  };
}

const nameKeyOf = (name: string) => compactCode(name);

/** Two project rows with the same 投资项目代码 or 项目编号 are a problem on the later one. */
export function duplicateKeyProblems(projects: readonly ProjectRowRef[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const [key, zh, en] of [
    ["code", "投资项目代码", "investment project code"],
    ["id", "项目编号", "project id"],
  ] as const) {
    const first = new Map<string, ProjectRowRef>();
    for (const p of projects) {
      const value = p[key];
      if (value === null) continue;
      const earlier = first.get(String(value));
      if (earlier) {
        out.push(
          problemAt(
            p,
            p.cells[key],
            `${zh}“${value}”与第${earlier.row}行重复`,
            `${en} "${value}" repeats row ${earlier.row}`,
          ),
        );
      } else first.set(String(value), p);
    }
  }
  return out;
}

interface Indexes {
  byCode: Map<string, ProjectRowRef>;
  byId: Map<number, ProjectRowRef>;
  byName: Map<string, ProjectRowRef[]>;
}

function indexProjects(projects: readonly ProjectRowRef[]): Indexes {
  const indexes: Indexes = { byCode: new Map(), byId: new Map(), byName: new Map() };
  for (const p of projects) {
    if (p.code && !indexes.byCode.has(p.code)) indexes.byCode.set(p.code, p);
    if (p.id !== null && !indexes.byId.has(p.id)) indexes.byId.set(p.id, p);
    if (!p.name) continue;
    const key = nameKeyOf(p.name);
    const named = indexes.byName.get(key);
    if (named) named.push(p);
    else indexes.byName.set(key, [p]);
  }
  return indexes;
}

function cellOf(line: FundingLine, key: "projectId" | "projectCode" | "projectName") {
  return line.cells[key] ?? { header: fundingColumn(key).header, value: null };
}

/** The project a funding row names: by code when it has one, else by id, else by a unique name. */
function match(line: FundingLine, ix: Indexes): ProjectRowRef | ImportProblem {
  if (line.projectCode !== null) {
    return (
      ix.byCode.get(line.projectCode) ??
      problemAt(
        line,
        cellOf(line, "projectCode"),
        `“项目”表中没有投资项目代码为“${line.projectCode}”的项目`,
        `no project in sheet 项目 has the code "${line.projectCode}"`,
      )
    );
  }
  if (line.projectId !== null) {
    return (
      ix.byId.get(line.projectId) ??
      problemAt(
        line,
        cellOf(line, "projectId"),
        `“项目”表中没有项目编号为“${line.projectId}”的项目`,
        `no project in sheet 项目 has the id ${line.projectId}`,
      )
    );
  }
  const name = line.projectName ?? "";
  const found = ix.byName.get(nameKeyOf(name)) ?? [];
  if (found.length === 1 && found[0]) return found[0];
  return found.length === 0
    ? problemAt(
        line,
        cellOf(line, "projectName"),
        `“项目”表中没有名为“${name}”的项目`,
        `no project in sheet 项目 is named "${name}"`,
      )
    : problemAt(
        line,
        cellOf(line, "projectName"),
        `“项目”表中有${found.length}个项目名为“${name}”，请填写投资项目代码或项目编号`,
        `${found.length} projects in sheet 项目 are named "${name}"; give the code or id`,
      );
}

export interface FundingJoin {
  problems: ImportProblem[];
  /** Each project's funding, in sheet order. */
  fundingOf: Map<ProjectRowRef, ProjectRecord["funding"]>;
}

/**
 * Matches each funding row to its project. Reports a row that names no project (or an ambiguous
 * name), a source listed twice for a project, and a project whose planned funding adds up to more
 * than its total investment (on the project's 总投资 cell).
 */
export function joinFunding(projects: readonly ProjectRowRef[], lines: readonly FundingLine[]): FundingJoin {
  if (lines.length === 0) return { problems: [], fundingOf: new Map() };
  const ix = indexProjects(projects);
  const out: ImportProblem[] = [];
  const linesOf = new Map<ProjectRowRef, FundingLine[]>();
  for (const line of lines) {
    const project = match(line, ix);
    if ("reason" in project) {
      out.push(project);
      continue;
    }
    const earlier = (linesOf.get(project) ?? []).find((l) => l.source === line.source);
    if (earlier) {
      const cell = line.cells.source ?? { header: fundingColumn("source").header, value: line.source };
      out.push(
        problemAt(
          line,
          cell,
          `资金来源“${line.source}”与第${earlier.row}行重复`,
          `funding source "${line.source}" repeats row ${earlier.row}`,
        ),
      );
      continue;
    }
    linesOf.set(project, [...(linesOf.get(project) ?? []), line]);
  }
  const fundingOf = new Map<ProjectRowRef, ProjectRecord["funding"]>();
  for (const [project, own] of linesOf) {
    fundingOf.set(
      project,
      own.map((l) => ({ source: l.source, plannedFen: l.plannedFen, securedFen: l.securedFen })),
    );
    const total = project.totalInvestmentFen;
    if (total === null) continue;
    const planned = fen(own.reduce((s, l) => s + l.plannedFen, 0n));
    if (planned > total) {
      out.push(
        problemAt(
          project,
          project.cells.totalInvestment,
          `资金来源计划合计（${wanText(planned)}万元）超过总投资（${wanText(total)}万元）`,
          `the funding sources add up to ${wanText(planned)} (10k yuan), more than the total investment ${wanText(total)}`,
        ),
      );
    }
  }
  return { problems: out, fundingOf };
}
