import type { FormRule as Rule } from "antd";
import { amountInputProblem } from "../../../lib/amount-input.js";
import type { MessageKey } from "../../../lib/i18n/index.js";

type Translate = (key: MessageKey) => string;

/** The validation of an amount typed in 万元: a plain decimal with at most six decimals (one fen). */
export function amountRules(t: Translate, required: boolean): Rule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t("editor.amountRequired") }] : []),
    {
      validator: (_rule, value: string | undefined) => {
        if (!value?.trim()) return Promise.resolve();
        const problem = amountInputProblem(value);
        if (problem === "precision") return Promise.reject(new Error(t("editor.amountPrecision")));
        if (problem === "format") return Promise.reject(new Error(t("editor.amountFormat")));
        return Promise.resolve();
      },
    },
  ];
}
