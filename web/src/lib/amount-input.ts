import { formatAmount, parseAmount, type Fen } from "../../../src/domain/money.js";
import { parseFen } from "./money-display.js";

/** The units people type amounts in: 万元 for a project's figures, 亿元 for portfolio targets. */
export type InputUnit = "wan" | "yi";

/** Why a typed amount is refused: not a plain non-negative decimal, or finer than one fen. */
export type AmountInputProblem = "format" | "precision";

const DECIMAL = /^\d+(\.\d+)?$/;
/** Decimals that reach exactly one fen: 1 万元 is 10^6 fen, 1 亿元 is 10^10 fen. */
export const MAX_DECIMALS: Record<InputUnit, number> = { wan: 6, yi: 10 };

function normalise(text: string): string {
  return text.trim().replace(/,/g, "");
}

/** What is wrong with a typed amount, or null when it is a valid non-negative amount. */
export function amountInputProblem(text: string, unit: InputUnit = "wan"): AmountInputProblem | null {
  const value = normalise(text);
  if (!DECIMAL.test(value)) return "format";
  const decimals = value.split(".")[1]?.length ?? 0;
  return decimals > MAX_DECIMALS[unit] ? "precision" : null;
}

/** A typed amount in exact fen, or null when it is empty or invalid. */
export function parseAmountInput(text: string | null | undefined, unit: InputUnit = "wan"): Fen | null {
  if (text === null || text === undefined || normalise(text) === "") return null;
  if (amountInputProblem(text, unit)) return null;
  return parseAmount(normalise(text), unit);
}

/** An API fen string as the text a person would type: no grouping, no trailing zeros. */
export function fenToAmountInput(value: string, unit: InputUnit = "wan"): string {
  const text = formatAmount(parseFen(value), unit, MAX_DECIMALS[unit], false);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** The sum in fen of the typed amounts that are valid; empty and invalid ones count as nothing. */
export function sumAmountInputs(texts: readonly (string | null | undefined)[], unit: InputUnit = "wan"): Fen {
  let total = 0n;
  for (const text of texts) total += parseAmountInput(text, unit) ?? 0n;
  return total as Fen;
}
