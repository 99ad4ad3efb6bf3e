import { fen, type Fen } from "../money.js";
import type { ImportProblem, ProjectRecord } from "../project-record.js";
import { amount, date, label, lookup, projectCode, text, uscc } from "./field-parsers.js";
import { levelOf, planCategoryOf, stageOf } from "./labels.js";
import { indexLookups, nameKey, type LookupIndex, type RegisterLookups } from "./lookups.js";
import { wanText } from "./normalise-amount.js";
import {
  cleanLongText,
  displayText,
  isBlank,
  ok,
  parsePositiveIntegerCell,
  type Parsed,
  type RawCell,
} from "./normalise.js";
import { fieldCells, RowProblems, type FieldCell, type RawRow } from "./row-cells.js";
import { checkStageDates, type DateField } from "./stage-dates.js";
import { projectColumn, type ProjectColumnKey } from "./template.js";

export type { RawRow } from "./row-cells.js";

export interface ProjectRowResult {
  record?: ProjectRecord;
  problems: ImportProblem[];
}

/** Reads one row's fields, adding a problem for each cell that cannot be read. */
class ProjectRowReader {
  readonly problems: RowProblems;
  private readonly cells: Map<string, FieldCell>;

  constructor(
    readonly input: RawRow,
    readonly index: LookupIndex,
  ) {
    this.problems = new RowProblems(input);
    this.cells = fieldCells(input, "projects");
  }

  cell(key: ProjectColumnKey): { header: string; value: RawCell } {
    const found = this.cells.get(key);
    return found ?? { header: projectColumn(key).header, value: null };
  }

  annualCells(): FieldCell[] {
    return [...this.cells.values()].filter((c) => c.resolved.key === "annualPlan");
  }

  /** Parses a cell; null when blank (a problem when required), undefined when it could not be read. */
  read<T>(
    key: ProjectColumnKey,
    parse: (cell: RawCell, header: FieldCell | undefined) => Parsed<T | null>,
    required = false,
  ): T | null | undefined {
    const { header, value } = this.cell(key);
    if (required && isBlank(value)) {
      const column = projectColumn(key);
      this.problems.add(
        header,
        value,
        `${column.header.replace(/（.*$/, "")}不能为空`,
        `the ${column.en} is required`,
      );
      return undefined;
    }
    const parsed = parse(value, this.cells.get(key));
    if (parsed.ok) return parsed.value;
    this.problems.add(header, value, parsed.reason.zh, parsed.reason.en);
    return undefined;
  }
}

function readAnnualPlans(reader: ProjectRowReader): { year: number; plannedFen: Fen }[] | undefined {
  const plans: { year: number; plannedFen: Fen }[] = [];
  let failed = false;
  for (const cell of reader.annualCells()) {
    if (cell.resolved.sheet !== "projects" || cell.resolved.year === undefined) continue;
    const parsed = amount("nonNegative")(cell.value, cell);
    if (!parsed.ok) {
      reader.problems.add(cell.header, cell.value, parsed.reason.zh, parsed.reason.en);
      failed = true;
    } else if (parsed.value !== null) plans.push({ year: cell.resolved.year, plannedFen: parsed.value });
  }
  return failed ? undefined : plans.sort((a, b) => a.year - b.year);
}

function checkOwner(
  reader: ProjectRowReader,
  ownerName: string | null | undefined,
  ownerUscc: string | null | undefined,
): void {
  const known = ownerUscc ? reader.index.ownersByUscc?.get(ownerUscc) : undefined;
  if (known && ownerName && nameKey(known) !== nameKey(ownerName)) {
    const { header, value } = reader.cell("ownerUscc");
    reader.problems.add(
      header,
      value,
      `统一社会信用代码“${ownerUscc}”属于“${known}”，与项目业主“${ownerName}”不一致`,
      `USCC "${ownerUscc}" belongs to "${known}", not to the owner "${ownerName}"`,
    );
  }
}

function checkDepartment(reader: ProjectRowReader, department: string | null | undefined): void {
  if (!department || !reader.index.departments || reader.index.departments.has(nameKey(department))) return;
  const { header, value } = reader.cell("leadDepartmentName");
  reader.problems.add(
    header,
    value,
    `牵头部门“${department}”不在部门名录中`,
    `lead department "${department}" is not in the list of departments`,
  );
}

function checkAnnualTotal(
  reader: ProjectRowReader,
  plans: { plannedFen: Fen }[] | undefined,
  total: Fen | null | undefined,
): void {
  if (!plans || !total) return;
  const sum = plans.reduce((s, p) => s + p.plannedFen, 0n);
  if (sum <= total) return;
  const { header, value } = reader.cell("totalInvestment");
  const [sumText, totalText] = [wanText(fen(sum)), wanText(total)];
  reader.problems.add(
    header,
    value,
    `年度计划投资合计（${sumText}万元）超过总投资（${totalText}万元）`,
    `the annual plans add up to ${sumText} (10k yuan), more than the total investment ${totalText}`,
  );
}

/**
 * Validates one row of sheet 项目 against the lookups and builds its record. Every problem names the
 * column's header, the value as typed and the reason in Chinese and English; a record is returned
 * only when there is none. Stage and date rules are those of `checkStageDates`.
 */
export function validateProjectRow(input: RawRow, lookups: RegisterLookups): ProjectRowResult {
  const index = indexLookups(lookups);
  const r = new ProjectRowReader(input, index);
  const id = r.read("id", parsePositiveIntegerCell);
  const code = r.read("code", projectCode(index));
  const name = r.read("name", text, true);
  const specialCode = r.read("specialCode", lookup("special", index.specials), true);
  const districtCode = r.read("districtCode", lookup("district", index.districts), true);
  const ownerName = r.read("ownerName", text, true);
  const ownerUscc = r.read("ownerUscc", uscc);
  const leadDepartmentName = r.read("leadDepartmentName", text);
  const level = r.read("level", label(levelOf, "level", "项目级别", "level"), true);
  const planCategory = r.read(
    "planCategory",
    label(planCategoryOf, "planCategory", "计划类别", "plan category"),
  );
  const stage = r.read("stage", label(stageOf, "stage", "当前阶段", "stage"), true);
  const total = r.read("totalInvestment", amount("positive"), true);
  const dates: Record<DateField, string | null | undefined> = {
    plannedStart: r.read("plannedStart", date("first", input.date1904)),
    plannedEnd: r.read("plannedEnd", date("last", input.date1904)),
    actualStart: r.read("actualStart", date("reject", input.date1904)),
    actualEnd: r.read("actualEnd", date("reject", input.date1904)),
  };
  const annualPlans = readAnnualPlans(r);
  const description = r.read("description", (cell) =>
    ok(isBlank(cell) ? "" : cleanLongText(displayText(cell))),
  );
  checkOwner(r, ownerName, ownerUscc);
  checkDepartment(r, leadDepartmentName);
  checkAnnualTotal(r, annualPlans, total);
  for (const p of checkStageDates(stage ?? undefined, dates)) {
    const { header, value } = r.cell(p.field);
    r.problems.add(header, value, p.zh, p.en);
  }
  const problems = r.problems.list;
  if (problems.length > 0) return { problems };
  // without problems every required value is present; the fallbacks only satisfy the types
  return {
    problems,
    record: {
      id: id ?? null,
      code: code ?? null,
      name: name ?? "",
      specialCode: specialCode ?? "",
      districtCode: districtCode ?? "",
      ownerName: ownerName ?? "",
      ownerUscc: ownerUscc ?? null,
      leadDepartmentName: leadDepartmentName ?? null,
      level: level ?? "municipal",
      planCategory: planCategory ?? null,
      stage: stage ?? "planning",
      description: description ?? "",
      totalInvestmentFen: total ?? fen(0),
      completedInvestmentFen: fen(0),
      plannedStart: dates.plannedStart ?? null,
      plannedEnd: dates.plannedEnd ?? null,
      actualStart: dates.actualStart ?? null,
      actualEnd: dates.actualEnd ?? null,
      funding: [],
      annualPlans: annualPlans ?? [],
    },
  };
}
