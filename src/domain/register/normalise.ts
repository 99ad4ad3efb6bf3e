/**
 * Cleaning the cells people actually type: full-width characters, stray whitespace, numbers stored as
 * text, rich text and formulas. Every function is pure; none does arithmetic on a float.
 */

/** A cell as the readers hand it over: exceljs values are reduced to these by `plainCell`. */
export type RawCell = string | number | boolean | Date | null | undefined;

/** Why a cell could not be read, in both languages. */
export interface Reason {
  zh: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

/** A value read. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** A cell that could not be read, and why. */
export const fail = <T = never>(zh: string, en: string): Parsed<T> => ({ ok: false, reason: { zh, en } });

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
/** Any character toHalfWidth changes: most cells have none and are returned as they are. */
const WIDE = /[\uff01-\uff5e\u3000\u3002\u2010-\u2015\u2212\ufe58\ufe63]/;
/** Five characters that compacting keeps: such a cell cannot be blank or a placeholder (at most four). */
const FIVE_KEPT = /^[^\s\u200b-\u200d\u2060\ufeff]{5}/;

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, （）, ，, ．, －, ：…) and the ideographic space to their half-width
 * forms; the ideographic full stop 。 becomes "." and typographic dashes become "-".
 */
export function toHalfWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\u3002/g, ".")
    .replace(DASHES, "-");
}

/**
 * The same text, copied away from the larger text it was cut from: V8 keeps a slice's whole parent
 * alive, so values kept after their row (keys for joining, problem cells) would hold a large file's
 * text through them.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** A cell kept after its row, detached when it is text. */
export const detachedCell = (cell: RawCell): RawCell => (typeof cell === "string" ? detached(cell) : cell);

/** Trims and collapses every run of whitespace (line breaks included) to one space; drops zero-width characters. */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, "").replace(/\s+/g, " ").trim();
}

/** Keeps line breaks (normalised to \n) but trims the whole text and each line's end. */
export function cleanLongText(text: string): string {
  return text
    .replace(ZERO_WIDTH, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

/** Half-width, no whitespace at all, upper case: the form codes are compared in. */
export function compactCode(text: string): string {
  return toHalfWidth(text).replace(ZERO_WIDTH, "").replace(/\s+/g, "").toUpperCase();
}

/** What people write in a cell that does not apply: treated as blank. */
const PLACEHOLDERS = new Set(["/", "-", "--", "无", "暂无", "N/A", "NA", "#N/A"]);

/** True for an empty cell, whitespace, or a placeholder such as "/", "无", "暂无". */
export function isBlank(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (FIVE_KEPT.test(cell)) return false;
  const text = compactCode(cell);
  return text === "" || PLACEHOLDERS.has(text);
}

interface RichTextValue {
  richText: { text: string }[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isRichText(value: unknown): value is RichTextValue {
  return isObject(value) && Array.isArray(value.richText);
}

/**
 * Reduces an exceljs cell value to a plain one: rich text to its text, a formula to its result,
 * a hyperlink to its text, an error to its code (e.g. "#N/A").
 */
export function plainCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (isRichText(value)) return value.richText.map((run) => run.text).join("");
  if (isObject(value)) {
    if ("formula" in value || "sharedFormula" in value) return plainCell(value.result);
    if ("hyperlink" in value) return plainCell(value.text);
    if (typeof value.error === "string") return value.error;
  }
  return null;
}

const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i;

/** Rewrites "1.5e-7" or "2E+3" as plain decimal text by moving the point; exact, no arithmetic. */
export function expandExponent(text: string): string {
  const m = EXPONENT.exec(text);
  if (!m) return text;
  const [, sign = "", whole = "", frac = "", exp = "0"] = m;
  const digits = whole + frac;
  const point = whole.length + Number(exp);
  const padded =
    point <= 0 ? "0".repeat(1 - point) + digits : digits + "0".repeat(Math.max(0, point - digits.length));
  const at = Math.max(point, 1);
  return trimDecimal(`${sign}${padded.slice(0, at)}.${padded.slice(at)}`);
}

/** Removes leading zeros of the whole part and trailing zeros of the fraction: "007.50" → "7.5", "-0" → "0". */
export function trimDecimal(text: string): string {
  const negative = text.startsWith("-");
  const [whole = "", frac = ""] = text.replace(/^[-+]/, "").split(".");
  const w = whole.replace(/^0+(?=\d)/, "") || "0";
  const f = frac.replace(/0+$/, "");
  const body = f ? `${w}.${f}` : w;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * The decimal text of a number read from a cell, as Excel shows it: Excel keeps 15 significant
 * digits, so the value is written with 15 significant digits and trailing zeros dropped. This
 * recovers exactly what was typed (12345.678901 stays 12345.678901) and absorbs binary noise from
 * formulas (0.1+0.2 reads as 0.3). Only text conversion happens; no arithmetic on the float.
 */
export function decimalTextOfNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value === 0) return "0";
  return trimDecimal(expandExponent(value.toPrecision(15)));
}

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const GROUPED_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/**
 * Reads numeric text into canonical decimal text ("-1234.5"): full-width digits, spaces, thousands
 * separators ("1,234.5", "1，234"), a leading +/−, accounting negatives "(1,234)" and scientific
 * notation are understood. Returns null when the text is not a number (e.g. "1,5" or "12a").
 */
export function decimalTextOf(text: string): string | null {
  let t = toHalfWidth(text).replace(ZERO_WIDTH, "").replace(/\s+/g, "");
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(t);
  if (accounting) {
    negative = true;
    t = accounting[1] ?? "";
  }
  if (t.startsWith(".")) t = `0${t}`;
  if (GROUPED_DECIMAL.test(t)) t = t.replace(/,/g, "");
  if (SCIENTIFIC.test(t)) t = expandExponent(t.replace(/^\+/, "").replace(/e(\d)/i, "e+$1"));
  if (!PLAIN_DECIMAL.test(t)) return null;
  if (negative && /^[+-]/.test(t)) return null;
  const canonical = trimDecimal(t.replace(/^\+/, ""));
  return negative && canonical !== "0" ? `-${canonical}` : canonical;
}

/** Decimal text of a cell: a number as Excel shows it, numeric text cleaned; null when blank. */
export function parseDecimalCell(cell: RawCell): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === "number") return ok(decimalTextOfNumber(cell));
  if (typeof cell === "string") {
    const decimal = decimalTextOf(cell);
    if (decimal !== null) return ok(decimal);
  }
  const shown = displayText(cell);
  return fail(`“${shown}”不是有效的数字`, `"${shown}" is not a number`);
}

/** A whole number ≥ 1 from a cell (e.g. a system id); null when blank. */
export function parsePositiveIntegerCell(cell: RawCell): Parsed<number | null> {
  const decimal = parseDecimalCell(cell);
  if (decimal.ok && decimal.value === null) return ok(null);
  const digits = decimal.ok ? (decimal.value ?? "") : "";
  if (!/^[1-9]\d{0,14}$/.test(digits)) {
    const shown = displayText(cell);
    return fail(`“${shown}”应为正整数`, `"${shown}" must be a positive whole number`);
  }
  return ok(Number(digits));
}

/**
 * A percentage as decimal text of percent points: "85%", "８５．５％" and "85" read as 85 and 85.5;
 * a number cell holds a fraction (Excel stores 85% as 0.85) unless `numbersArePoints`.
 */
export function parsePercentCell(cell: RawCell, numbersArePoints = false): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === "number") {
    const text = decimalTextOfNumber(cell);
    return ok(numbersArePoints ? text : shiftDecimal(text, 2));
  }
  if (typeof cell === "string") {
    const decimal = decimalTextOf(toHalfWidth(cell).replace(/%\s*$/, ""));
    if (decimal !== null) return ok(decimal);
  }
  const shown = displayText(cell);
  return fail(`“${shown}”不是有效的百分比`, `"${shown}" is not a percentage`);
}

/** Multiplies decimal text by 10^places by moving the point. */
export function shiftDecimal(text: string, places: number): string {
  return expandExponent(`${text}e${places >= 0 ? "+" : ""}${places}`);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The text a cell shows, for messages ("value as typed") and header matching. */
export function displayText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? decimalTextOfNumber(cell) : String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (Number.isNaN(cell.getTime())) return "";
  const date = `${pad(cell.getUTCFullYear(), 4)}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  const seconds = cell.getUTCHours() * 3600 + cell.getUTCMinutes() * 60 + cell.getUTCSeconds();
  return seconds === 0 ? date : `${date} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
}
