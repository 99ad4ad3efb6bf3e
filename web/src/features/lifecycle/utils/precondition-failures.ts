import { ApiRequestError } from "../../../lib/api-client.js";
import type { Language } from "../../../lib/i18n/index.js";

/** The dialog's own fields, on which a failed precondition is also shown. */
export const DIALOG_FIELDS = ["reason", "actualStart", "actualEnd", "finalInvestmentFen"] as const;
export type DialogField = (typeof DIALOG_FIELDS)[number];

export interface PreconditionFailure {
  field: string;
  message: string;
  /** Set when the failure concerns a field of the dialog rather than the project record. */
  dialogField: DialogField | null;
}

/** Each failed precondition of a refused move (409 precondition_failed), in the given language; else null. */
export function preconditionFailures(error: unknown, language: Language): PreconditionFailure[] | null {
  if (!(error instanceof ApiRequestError) || error.body?.code !== "precondition_failed") return null;
  return (error.body.details ?? []).map((detail) => ({
    field: detail.field,
    message: language === "en" ? detail.messageEn : detail.message,
    dialogField: (DIALOG_FIELDS as readonly string[]).includes(detail.field)
      ? (detail.field as DialogField)
      : null,
  }));
}
