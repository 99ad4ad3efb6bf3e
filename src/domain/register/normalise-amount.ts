import { formatAmount, parseAmount, type Fen, type MoneyUnit } from "../money.js";
import {
  decimalTextOf,
  decimalTextOfNumber,
  displayText,
  fail,
  isBlank,
  ok,
  toHalfWidth,
  trimDecimal,
  type Parsed,
  type RawCell,
} from "./normalise.js";

const UNIT_NAMES: Record<MoneyUnit, string> = { yuan: "元", wan: "万元", yi: "亿元" };
const UNIT_NAMES_EN: Record<MoneyUnit, string> = { yuan: "yuan", wan: "10k yuan", yi: "100m yuan" };
/** Decimals each unit can hold while staying exact to the fen. */
const MAX_DECIMALS: Record<MoneyUnit, number> = { yuan: 2, wan: 6, yi: 10 };

const UNIT_WORD = /(亿元|万元|亿|万|元)/;

function unitOf(word: string): MoneyUnit {
  if (word.startsWith("亿")) return "yi";
  if (word.startsWith("万")) return "wan";
  return "yuan";
}

/**
 * The amount unit a header declares: "总投资（亿元）", "总投资(元)", "计划（万元，只读）", "总投资 单位：亿元",
 * "总投资/万元". Returns null when it declares none (the template's 万元 then applies).
 */
export function unitFromHeader(header: string): MoneyUnit | null {
  const text = toHalfWidth(header)
    .replace(/\s+/g, "")
    .replace(/[【〔[]/g, "(")
    .replace(/[】〕\]]/g, ")");
  for (const group of text.matchAll(/\(([^)]*)\)/g)) {
    const m = UNIT_WORD.exec(group[1] ?? "");
    if (m?.[1]) return unitOf(m[1]);
  }
  const trailing = /(?:单位:|\/)?(亿元|万元|元)$/.exec(text.replace(/\([^)]*\)/g, ""));
  return trailing?.[1] ? unitOf(trailing[1]) : null;
}

/** An amount written with its own unit ("5亿", "1,200万元") overrides the header's unit. */
function splitUnitSuffix(text: string): { number: string; unit: MoneyUnit | null } {
  const m = /^(.*?)(亿元|万元|亿|万|元)$/.exec(toHalfWidth(text).trim());
  return m ? { number: m[1] ?? "", unit: unitOf(m[2] ?? "") } : { number: text, unit: null };
}

/**
 * Reads an amount cell into fen, exactly: the number is taken as decimal text (see
 * `decimalTextOfNumber`) in the header's unit, or the unit written in the cell. Refuses a value finer
 * than a fen rather than rounding it. Blank is null; the sign is left for the caller to judge.
 */
export function parseAmountCell(cell: RawCell, headerUnit: MoneyUnit): Parsed<Fen | null> {
  if (isBlank(cell)) return ok(null);
  const shown = displayText(cell);
  let decimal: string | null = null;
  let unit = headerUnit;
  if (typeof cell === "number") decimal = decimalTextOfNumber(cell);
  else if (typeof cell === "string") {
    const split = splitUnitSuffix(cell);
    decimal = decimalTextOf(split.number);
    unit = split.unit ?? headerUnit;
  }
  if (decimal === null) return fail(`“${shown}”不是有效的金额`, `"${shown}" is not an amount`);
  try {
    return ok(parseAmount(decimal, unit));
  } catch {
    const max = MAX_DECIMALS[unit];
    return fail(
      `金额“${shown}”超出精度：以${UNIT_NAMES[unit]}为单位最多${max}位小数（精确到分）`,
      `amount "${shown}" is finer than a fen: at most ${max} decimals in ${UNIT_NAMES_EN[unit]}`,
    );
  }
}

/** Fen as exact 万元 decimal text without trailing zeros: 12345678901n → "12345.678901". */
export function wanText(amount: Fen): string {
  return trimDecimal(formatAmount(amount, "wan", 6, false));
}
