import { STAGE_LABELS } from "../lifecycle.js";
import type { Fen } from "../money.js";
import { LEVEL_LABELS } from "../plan.js";
import type { ProjectRecord } from "../project-record.js";
import { PLAN_CATEGORY_LABELS } from "./labels.js";
import { wanText } from "./normalise-amount.js";
import {
  FUNDING_COLUMNS,
  type FundingColumnKey,
  type ProjectColumnKey,
  type TemplateColumn,
} from "./template.js";

/** A value to write, typed so each writer can choose its representation. */
export type ExportCell =
  | { kind: "text"; text: string }
  | { kind: "integer"; value: number }
  | { kind: "amount"; decimal: string }
  | { kind: "date"; iso: string }
  | null;

const text = (value: string | null): ExportCell =>
  value === null || value === "" ? null : { kind: "text", text: value };
const amount = (value: Fen): ExportCell => ({ kind: "amount", decimal: wanText(value) });
const date = (iso: string | null): ExportCell => (iso ? { kind: "date", iso } : null);

function projectCell(r: ProjectRecord, column: TemplateColumn<ProjectColumnKey>): ExportCell {
  switch (column.key) {
    case "id":
      return r.id === null ? null : { kind: "integer", value: r.id };
    case "code":
      return text(r.code);
    case "name":
      return text(r.name);
    case "specialCode":
      return text(r.specialCode);
    case "districtCode":
      return text(r.districtCode);
    case "ownerName":
      return text(r.ownerName);
    case "ownerUscc":
      return text(r.ownerUscc);
    case "leadDepartmentName":
      return text(r.leadDepartmentName);
    case "level":
      return text(LEVEL_LABELS[r.level].zh);
    case "planCategory":
      return text(r.planCategory ? PLAN_CATEGORY_LABELS[r.planCategory].zh : null);
    case "stage":
      return text(STAGE_LABELS[r.stage].zh);
    case "totalInvestment":
      return amount(r.totalInvestmentFen);
    case "completedInvestment":
      return amount(r.completedInvestmentFen);
    case "plannedStart":
      return date(r.plannedStart);
    case "plannedEnd":
      return date(r.plannedEnd);
    case "actualStart":
      return date(r.actualStart);
    case "actualEnd":
      return date(r.actualEnd);
    case "annualPlan": {
      const plan = r.annualPlans.find((p) => p.year === column.year);
      return plan ? amount(plan.plannedFen) : null;
    }
    case "description":
      return text(r.description);
  }
}

/**
 * The cells of a record's row on sheet 项目, in column order. Throws when the record has an annual
 * plan for a year without a column, rather than dropping it.
 */
export function projectRowCells(
  record: ProjectRecord,
  columns: readonly TemplateColumn<ProjectColumnKey>[],
): ExportCell[] {
  const years = new Set(columns.flatMap((c) => (c.year === undefined ? [] : [c.year])));
  const missing = record.annualPlans.find((p) => !years.has(p.year));
  if (missing) {
    throw new RangeError(
      `project "${record.name}" has an annual plan for ${missing.year}, which is not among the exported years`,
    );
  }
  return columns.map((c) => projectCell(record, c));
}

/** The rows of sheet 资金来源 for a record: each names the project by id, code and name. */
export function fundingRowCells(record: ProjectRecord): ExportCell[][] {
  return record.funding.map((line) =>
    FUNDING_COLUMNS.map((c) => {
      const key: FundingColumnKey = c.key;
      switch (key) {
        case "projectId":
          return record.id === null ? null : { kind: "integer", value: record.id };
        case "projectCode":
          return text(record.code);
        case "projectName":
          return text(record.name);
        case "source":
          return text(line.source);
        case "planned":
          return amount(line.plannedFen);
        case "secured":
          return amount(line.securedFen);
      }
    }),
  );
}

/** A cell as CSV text: amounts as exact decimals, dates as YYYY-MM-DD. */
export function exportCellText(cell: ExportCell): string {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "integer":
      return String(cell.value);
    case "amount":
      return cell.decimal;
    case "date":
      return cell.iso;
  }
}
