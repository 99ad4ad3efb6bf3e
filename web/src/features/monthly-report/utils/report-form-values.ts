import type { Report, ReportInput } from "../../../../../src/domain/contracts/report.js";
import { fenToAmountInput, parseAmountInput } from "../../../lib/amount-input.js";

/** The report form as antd holds it: the month's investment typed in 万元. */
export interface ReportFormValues {
  projectId?: number;
  month?: string;
  investedWan?: string;
  progressPct?: number | null;
  progressText?: string;
  milestones?: string;
  problems?: string;
}

type ReportFields = Pick<
  ReportFormValues,
  "investedWan" | "progressPct" | "progressText" | "milestones" | "problems"
>;

/** The month's current report, or null when the month was not reported yet. */
export function currentReportOf(reports: readonly Report[], month: string): Report | null {
  return reports.find((r) => r.current && r.month === month) ?? null;
}

/** Every version of a month's report, newest first. */
export function versionsOf(reports: readonly Report[], month: string): Report[] {
  return reports.filter((r) => r.month === month).sort((a, b) => b.version - a.version);
}

/**
 * What the form starts from: a correction starts from the month's current version; a first report
 * takes the progress of the latest earlier report (progress cannot go back) and leaves the amount empty.
 */
export function prefillFields(reports: readonly Report[], month: string): ReportFields {
  const own = currentReportOf(reports, month);
  if (own) {
    return {
      investedWan: fenToAmountInput(own.investedFen),
      progressPct: own.progressPct,
      progressText: own.progressText,
      milestones: own.milestones,
      problems: own.problems ?? "",
    };
  }
  const latest = reports
    .filter((r) => r.current && r.month < month)
    .sort((a, b) => b.month.localeCompare(a.month))[0];
  return {
    investedWan: "",
    progressPct: latest?.progressPct ?? null,
    progressText: latest?.progressText ?? "",
    milestones: "",
    problems: "",
  };
}

/** The API body: the amount as integer fen, never through a float; empty problems as null. */
export function formValuesToReportInput(values: ReportFormValues): ReportInput {
  const problems = values.problems?.trim() ?? "";
  return {
    month: values.month ?? "",
    investedFen: (parseAmountInput(values.investedWan) ?? 0n).toString(),
    progressPct: values.progressPct ?? 0,
    progressText: values.progressText?.trim() ?? "",
    milestones: values.milestones?.trim() ?? "",
    problems: problems === "" ? null : problems,
  };
}
