import { formatAmount, parseAmount } from "../../../../../src/domain/money.js";
import { parseFen } from "../../../lib/money-display.js";

const YUAN = /^\d{1,14}(\.\d{1,2})?$/;

const normalise = (text: string) => text.trim().replace(/,/g, "");

/** True for an amount in 元 typed to the fen at most (e.g. "12,345.67"). */
export function isYuanInput(text: string): boolean {
  return YUAN.test(normalise(text));
}

/** A typed amount in 元 as an API fen string, or null when it is empty or not an amount. */
export function yuanInputToFen(text: string | null | undefined): string | null {
  if (!text || !isYuanInput(text)) return null;
  return parseAmount(normalise(text), "yuan").toString();
}

/** An API fen string in 元 with grouping and both decimals, e.g. "1234567" → "12,345.67". */
export function formatYuan(value: string): string {
  return formatAmount(parseFen(value), "yuan", 2);
}
