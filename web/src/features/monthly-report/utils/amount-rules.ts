import type { FormRule } from "antd";
import { amountInputProblem } from "../../../lib/amount-input.js";
import type { MessageKey } from "../../../lib/i18n/index.js";

/** The month's investment typed in 万元: required, a plain non-negative decimal, at most one fen fine. */
export function investedRules(t: (key: MessageKey) => string): FormRule[] {
  return [
    { required: true, whitespace: true, message: t("report.amountRequired") },
    {
      validator: (_rule, value: string | undefined) => {
        if (!value?.trim()) return Promise.resolve();
        const problem = amountInputProblem(value);
        if (problem === "precision") return Promise.reject(new Error(t("report.amountPrecision")));
        if (problem === "format") return Promise.reject(new Error(t("report.amountFormat")));
        return Promise.resolve();
      },
    },
  ];
}
