import { STAGE_LABELS, type Stage } from "../lifecycle.js";

export type DateField = "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd";

export interface DateProblem {
  field: DateField;
  zh: string;
  en: string;
}

const STARTED: ReadonlySet<Stage> = new Set(["under_construction", "completed"]);
const NOT_STARTED: ReadonlySet<Stage> = new Set(["planning", "reserve"]);

/**
 * The date rules of a register row, kept deliberately simple:
 * - planned end ≥ planned start; actual end ≥ actual start; an actual end needs an actual start;
 * - 在建 needs 实际开工 and no 实际竣工; 竣工投用 needs both;
 * - 策划包装 and 申报储备 have no actual dates; 新开工 has no 实际竣工;
 * - 暂停 and 取消 may carry whatever dates the project reached.
 * Dates that could not be read are passed as undefined and checked no further.
 */
export function checkStageDates(
  stage: Stage | undefined,
  d: Record<DateField, string | null | undefined>,
): DateProblem[] {
  const out: DateProblem[] = [];
  if (d.plannedStart && d.plannedEnd && d.plannedEnd < d.plannedStart) {
    out.push({
      field: "plannedEnd",
      zh: `计划竣工（${d.plannedEnd}）早于计划开工（${d.plannedStart}）`,
      en: `the planned end (${d.plannedEnd}) precedes the planned start (${d.plannedStart})`,
    });
  }
  if (d.actualStart && d.actualEnd && d.actualEnd < d.actualStart) {
    out.push({
      field: "actualEnd",
      zh: `实际竣工（${d.actualEnd}）早于实际开工（${d.actualStart}）`,
      en: `the actual end (${d.actualEnd}) precedes the actual start (${d.actualStart})`,
    });
  }
  if (d.actualEnd && d.actualStart === null && !(stage && STARTED.has(stage))) {
    out.push({
      field: "actualStart",
      zh: "已填写实际竣工，须同时填写实际开工",
      en: "an actual end needs the actual start",
    });
  }
  if (!stage) return out;
  const { zh, en } = STAGE_LABELS[stage];
  const needs = (field: DateField, what: string, whatEn: string) =>
    out.push({ field, zh: `当前阶段为“${zh}”，须填写${what}`, en: `stage "${en}" needs the ${whatEn}` });
  const forbids = (field: DateField, what: string, whatEn: string) =>
    out.push({
      field,
      zh: `当前阶段为“${zh}”，不应填写${what}`,
      en: `stage "${en}" cannot have the ${whatEn}`,
    });
  if (STARTED.has(stage) && d.actualStart === null) needs("actualStart", "实际开工", "actual start");
  if (stage === "completed" && d.actualEnd === null) needs("actualEnd", "实际竣工", "actual end");
  if (NOT_STARTED.has(stage) && d.actualStart) forbids("actualStart", "实际开工", "actual start");
  if ((NOT_STARTED.has(stage) || stage === "new_start" || stage === "under_construction") && d.actualEnd) {
    forbids("actualEnd", "实际竣工", "actual end");
  }
  return out;
}
