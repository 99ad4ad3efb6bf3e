import { ApiRequestError } from "./api-client.js";
import type { Language } from "./i18n/language.js";
import { translate } from "./i18n/translate.js";

export interface ErrorDescription {
  message: string;
  /** "问题参数：stage" when the server named the parameter at fault. */
  fieldNote: string | null;
}

/** The message to show for a failed request, in the interface language, preferring the server's own text. */
export function describeError(error: unknown, language: Language): ErrorDescription {
  if (!(error instanceof ApiRequestError)) {
    return { message: translate(language, "error.network"), fieldNote: null };
  }
  const field = error.body?.field ?? error.body?.details?.[0]?.field;
  const fieldNote = field ? translate(language, "error.field", { field }) : null;
  if (error.body) {
    return { message: language === "en" ? error.body.messageEn : error.body.message, fieldNote };
  }
  switch (error.kind) {
    case "network":
      return { message: translate(language, "error.network"), fieldNote };
    case "contract":
      return { message: translate(language, "error.contract"), fieldNote };
    case "http":
      return { message: translate(language, "error.http", { status: error.status }), fieldNote };
  }
}

/**
 * The server's problems with named fields as antd's `Form.setFields` takes them, in the interface
 * language: each on the field the server named (none for a failure that names no field).
 */
export function fieldErrorsOf(error: unknown, language: Language): { name: string; errors: string[] }[] {
  const details = error instanceof ApiRequestError ? (error.body?.details ?? []) : [];
  return details.map((d) => ({ name: d.field, errors: [language === "en" ? d.messageEn : d.message] }));
}
