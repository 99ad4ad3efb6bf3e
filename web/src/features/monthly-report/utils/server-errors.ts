import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import type { Language } from "../../../lib/i18n/index.js";
import type { ReportFormValues } from "./report-form-values.js";

/** The form field each report field the server may name is typed in. */
const FORM_FIELD: Record<string, keyof ReportFormValues> = {
  month: "month",
  investedFen: "investedWan",
  progressPct: "progressPct",
  progressText: "progressText",
  milestones: "milestones",
  problems: "problems",
};

export interface ReportServerErrors {
  fields: { name: keyof ReportFormValues; messages: string[] }[];
  /** Problems tied to no field (permission, network, scope), for above the form. */
  general: string[];
}

/** A refused submission split into messages on the form's fields and the rest, in the interface language. */
export function splitReportErrors(error: unknown, language: Language): ReportServerErrors {
  const body = error instanceof ApiRequestError ? error.body : null;
  const details = body?.details?.length
    ? body.details
    : body?.field
      ? [{ field: body.field, message: body.message, messageEn: body.messageEn }]
      : [];
  if (details.length === 0) return { fields: [], general: [describeError(error, language).message] };
  const byField = new Map<keyof ReportFormValues, string[]>();
  const general: string[] = [];
  for (const detail of details) {
    const message = language === "en" ? detail.messageEn : detail.message;
    const name = FORM_FIELD[detail.field];
    if (name) byField.set(name, [...(byField.get(name) ?? []), message]);
    else general.push(message);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, messages })), general };
}
