import type { Fen } from "../money.js";
import { PROJECT_CODE_REASONS as CODE_REASONS, projectCodeProblem } from "../project-code.js";
import { USCC_REASONS, usccProblem } from "../uscc.js";
import { acceptedLabels } from "./labels.js";
import type { LookupIndex } from "./lookups.js";
import { parseAmountCell } from "./normalise-amount.js";
import { parseDateCell, type MonthOnly } from "./normalise-date.js";
import {
  cleanText,
  compactCode,
  displayText,
  fail,
  isBlank,
  ok,
  type Parsed,
  type RawCell,
} from "./normalise.js";
import type { FieldCell } from "./row-cells.js";

/** Free text on one line (names): trimmed, inner whitespace collapsed; blank is null. */
export const text = (cell: RawCell): Parsed<string | null> =>
  ok(isBlank(cell) ? null : cleanText(displayText(cell)));

/** A special or district given by code or name, as its code; an unknown one is a problem. */
export function lookup(kind: "special" | "district", index: Map<string, string>) {
  const [zh, en] = kind === "special" ? ["专项代码", "special code"] : ["区县代码", "district code"];
  return (cell: RawCell): Parsed<string | null> => {
    if (isBlank(cell)) return ok(null);
    const shown = displayText(cell);
    const code = index.get(compactCode(shown));
    return code ? ok(code) : fail(`${zh}“${shown}”不存在`, `${en} "${shown}" does not exist`);
  };
}

/** A level, stage or plan category from its Chinese label or English code. */
export function label<T>(
  of: (text: string) => T | null,
  kind: "level" | "stage" | "planCategory",
  zh: string,
  en: string,
) {
  return (cell: RawCell): Parsed<T | null> => {
    if (isBlank(cell)) return ok(null);
    const shown = displayText(cell);
    const value = of(shown);
    if (value !== null) return ok(value);
    const accepted = acceptedLabels(kind);
    return fail(
      `${zh}“${shown}”无法识别，应为：${accepted.zh}`,
      `${en} "${shown}" is not recognised; expected one of: ${accepted.en}`,
    );
  };
}

/** 投资项目代码 in compact form, its shape and area block checked. */
export function projectCode(index: LookupIndex) {
  return (cell: RawCell): Parsed<string | null> => {
    if (isBlank(cell)) return ok(null);
    const code = compactCode(displayText(cell));
    const why = projectCodeProblem(code, index.projectCodeAreas);
    return why
      ? fail(
          `投资项目代码“${code}”${CODE_REASONS[why][0]}`,
          `the investment project code "${code}" ${CODE_REASONS[why][1]}`,
        )
      : ok(code);
  };
}

/** 统一社会信用代码 in compact upper case, its check character verified. */
export function uscc(cell: RawCell): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  const code = compactCode(displayText(cell));
  const why = usccProblem(code);
  return why
    ? fail(`统一社会信用代码“${code}”${USCC_REASONS[why][0]}`, `the USCC "${code}" ${USCC_REASONS[why][1]}`)
    : ok(code);
}

/** An amount in the header's unit (万元 when it declares none), positive or at least zero. */
export function amount(atLeast: "positive" | "nonNegative") {
  return (cell: RawCell, field: FieldCell | undefined): Parsed<Fen | null> => {
    const parsed = parseAmountCell(cell, field?.resolved.unit ?? "wan");
    if (!parsed.ok || parsed.value === null) return parsed;
    if (atLeast === "positive" && parsed.value <= 0n)
      return fail("总投资须大于零", "the total investment must be positive");
    if (parsed.value < 0n) return fail("金额不能为负", "the amount cannot be negative");
    return parsed;
  };
}

/** A date, a month alone read per `monthOnly`, serials in the workbook's date system. */
export const date = (monthOnly: MonthOnly, date1904: boolean | undefined) => (cell: RawCell) =>
  parseDateCell(cell, { monthOnly, date1904: date1904 ?? false });
