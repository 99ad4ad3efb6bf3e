import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import type { Language } from "../../../lib/i18n/index.js";
import { serverFieldPath, type FormFieldPath } from "./server-field-path.js";

export interface ServerErrors {
  /** Problems the server tied to one form field, to show on that field. */
  fields: { path: FormFieldPath; message: string }[];
  /** Everything else (sums, permissions, network), to show above the form. */
  general: string[];
}

/** Splits a failed save into messages on form fields and messages for the whole form, in the given language. */
export function splitServerErrors(error: unknown, language: Language): ServerErrors {
  const details = error instanceof ApiRequestError ? (error.body?.details ?? []) : [];
  if (details.length === 0) return { fields: [], general: [describeError(error, language).message] };
  const result: ServerErrors = { fields: [], general: [] };
  for (const detail of details) {
    const message = language === "en" ? detail.messageEn : detail.message;
    const path = serverFieldPath(detail.field);
    if (path) result.fields.push({ path, message });
    else result.general.push(message);
  }
  return result;
}
