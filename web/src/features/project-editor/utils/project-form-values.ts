import type { z } from "zod";
import type {
  ProjectDetail,
  ProjectUpdate,
  projectInputSchema,
} from "../../../../../src/domain/contracts/project.js";
import type { ProjectLevel } from "../../../../../src/domain/plan.js";
import { fenToAmountInput, parseAmountInput } from "../../../lib/amount-input.js";

/** What POST /projects accepts (defaults not yet applied). */
export type ProjectBody = z.input<typeof projectInputSchema>;

export interface FundingRowValues {
  source?: string;
  plannedWan?: string;
  securedWan?: string;
}

export interface AnnualPlanRowValues {
  year?: number | null;
  plannedWan?: string;
}

/** The form's values: amounts as typed in 万元, dates as YYYY-MM-DD, the special as [sector, special]. */
export interface ProjectFormValues {
  name?: string;
  code?: string;
  specialPath?: string[];
  districtCode?: string;
  level?: ProjectLevel;
  description?: string;
  totalInvestmentWan?: string;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  ownerUscc?: string;
  ownerName?: string;
  funding?: FundingRowValues[];
  annualPlans?: AnnualPlanRowValues[];
}

const toFenString = (text: string | undefined) => (parseAmountInput(text) ?? 0n).toString();

/** The form filled from a stored project, amounts back in 万元. */
export function projectToFormValues(project: ProjectDetail): ProjectFormValues {
  return {
    name: project.name,
    code: project.code ?? "",
    specialPath: [project.sectorCode, project.specialCode],
    districtCode: project.districtCode,
    level: project.level,
    description: project.description,
    totalInvestmentWan: fenToAmountInput(project.totalInvestmentFen),
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    ownerUscc: project.owner.uscc ?? "",
    ownerName: project.owner.name,
    funding: project.funding.map((line) => ({
      source: line.source,
      plannedWan: fenToAmountInput(line.plannedFen),
      securedWan: fenToAmountInput(line.securedFen),
    })),
    annualPlans: project.annualPlans.map((line) => ({
      year: line.year,
      plannedWan: fenToAmountInput(line.plannedFen),
    })),
  };
}

/**
 * The request body for validated form values, amounts converted to fen strings. The owner is named
 * only when `withOwner` (the city registers for an owner; an owner registers for itself).
 */
export function formValuesToBody(values: ProjectFormValues, withOwner: boolean): ProjectBody {
  const body: ProjectBody = {
    name: (values.name ?? "").trim(),
    code: values.code?.trim() ? values.code.trim() : null,
    specialCode: values.specialPath?.[1] ?? "",
    districtCode: values.districtCode ?? "",
    level: values.level ?? "municipal",
    description: (values.description ?? "").trim(),
    totalInvestmentFen: toFenString(values.totalInvestmentWan),
    plannedStart: values.plannedStart ?? null,
    plannedEnd: values.plannedEnd ?? null,
    funding: (values.funding ?? []).map((line) => ({
      source: line.source ?? "",
      plannedFen: toFenString(line.plannedWan),
      securedFen: toFenString(line.securedWan),
    })),
    annualPlans: (values.annualPlans ?? []).map((line) => ({
      year: line.year ?? 0,
      plannedFen: toFenString(line.plannedWan),
    })),
  };
  if (withOwner) {
    body.ownerUscc = (values.ownerUscc ?? "").trim();
    if (values.ownerName?.trim()) body.ownerName = values.ownerName.trim();
  }
  return body;
}

/** An edit: the fields of the project that the form changes. */
export type ProjectEdits = Omit<ProjectUpdate, "version">;

const EDITABLE_FIELDS = [
  "name",
  "code",
  "specialCode",
  "districtCode",
  "level",
  "description",
  "totalInvestmentFen",
  "plannedStart",
  "plannedEnd",
  "funding",
  "annualPlans",
] as const satisfies readonly (keyof ProjectEdits)[];

/**
 * The fields `after` changes relative to `before`, so an edit sends only what the person touched and
 * a concurrent edit of other fields is never overwritten. The owner counts only when its USCC changes.
 */
export function editedFields(before: ProjectBody, after: ProjectBody): ProjectEdits {
  const edits: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)) {
      edits[field] = after[field];
    }
  }
  if (after.ownerUscc !== undefined && after.ownerUscc !== before.ownerUscc) {
    edits.ownerUscc = after.ownerUscc;
    if (after.ownerName) edits.ownerName = after.ownerName;
  }
  return edits;
}
