import { fen, type Fen } from "../money.js";
import type { ImportProblem } from "../project-record.js";
import { indexLookups, nameKey, type RegisterLookups } from "./lookups.js";
import { parseAmountCell } from "./normalise-amount.js";
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
import { fieldCells, RowProblems, type RawRow } from "./row-cells.js";
import { fundingColumn, type FundingColumnKey } from "./template.js";

/** A readable row of sheet 资金来源: which project it names and how much of which source. */
export interface FundingLine {
  sheet: string;
  row: number;
  projectId: number | null;
  projectCode: string | null;
  projectName: string | null;
  source: string;
  plannedFen: Fen;
  securedFen: Fen;
  /** Header and value as typed of each column present, for problems found when joining. */
  cells: Partial<Record<FundingColumnKey, { header: string; value: RawCell }>>;
}

export interface FundingRowResult {
  line?: FundingLine;
  problems: ImportProblem[];
}

/**
 * Validates one row of sheet 资金来源: a project key (投资项目代码, 项目编号 or 项目名称), a source from the
 * catalogue, a planned amount ≥ 0 and a secured amount (blank is zero) not above it.
 */
export function validateFundingRow(input: RawRow, lookups: RegisterLookups): FundingRowResult {
  const index = indexLookups(lookups);
  const problems = new RowProblems(input);
  const fields = fieldCells(input, "funding");
  const cells: FundingLine["cells"] = {};
  for (const [key, cell] of fields)
    cells[key as FundingColumnKey] = { header: cell.header, value: detachedCell(cell.value) };
  const cellOf = (key: FundingColumnKey) => cells[key] ?? { header: fundingColumn(key).header, value: null };

  const id = parsePositiveIntegerCell(cellOf("projectId").value);
  if (!id.ok) problems.add(cellOf("projectId").header, cellOf("projectId").value, id.reason.zh, id.reason.en);
  const code = cellOf("projectCode").value;
  const name = cellOf("projectName").value;
  const key = {
    projectId: id.ok ? id.value : null,
    projectCode: isBlank(code) ? null : detached(compactCode(displayText(code))),
    projectName: isBlank(name) ? null : detached(cleanText(displayText(name))),
  };
  if (id.ok && key.projectId === null && key.projectCode === null && key.projectName === null) {
    problems.add(
      cellOf("projectName").header,
      name,
      "须填写投资项目代码、项目编号或项目名称之一",
      "the row needs the project's code, id or name",
    );
  }

  const sourceCell = cellOf("source");
  let source: string | undefined;
  if (isBlank(sourceCell.value))
    problems.add(sourceCell.header, sourceCell.value, "资金来源不能为空", "the funding source is required");
  else {
    source = index.fundingSources.get(nameKey(displayText(sourceCell.value)));
    if (!source) {
      const shown = displayText(sourceCell.value);
      problems.add(
        sourceCell.header,
        sourceCell.value,
        `资金来源“${shown}”不在目录中（见填表说明）`,
        `funding source "${shown}" is not in the catalogue (see 填表说明)`,
      );
    }
  }

  const amount = (which: "planned" | "secured"): Fen | undefined => {
    const cell = cellOf(which);
    if (which === "planned" && isBlank(cell.value)) {
      problems.add(cell.header, cell.value, "计划金额不能为空", "the planned amount is required");
      return undefined;
    }
    const parsed = parseAmountCell(cell.value, fields.get(which)?.resolved.unit ?? "wan");
    if (!parsed.ok) problems.add(cell.header, cell.value, parsed.reason.zh, parsed.reason.en);
    else if (parsed.value !== null && parsed.value < 0n)
      problems.add(cell.header, cell.value, "金额不能为负", "the amount cannot be negative");
    else return parsed.value ?? fen(0);
    return undefined;
  };
  const plannedFen = amount("planned");
  const securedFen = amount("secured");
  if (plannedFen !== undefined && securedFen !== undefined && securedFen > plannedFen) {
    const cell = cellOf("secured");
    problems.add(
      cell.header,
      cell.value,
      "已落实金额不能超过计划金额",
      "the secured amount cannot exceed the planned amount",
    );
  }

  if (
    problems.list.length > 0 ||
    source === undefined ||
    plannedFen === undefined ||
    securedFen === undefined
  ) {
    return { problems: problems.list };
  }
  return {
    problems: [],
    line: { sheet: input.sheet, row: input.row, ...key, source, plannedFen, securedFen, cells },
  };
}
