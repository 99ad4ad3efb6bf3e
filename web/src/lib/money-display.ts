import { fen, formatAmount, type Fen } from "../../../src/domain/money.js";

/** Display units for amounts: 亿元 for portfolio figures, 万元 for a single project's figures. */
export type DisplayUnit = "yi" | "wan";

/** Parses an API fen string (integer digits) into exact fen. */
export function parseFen(value: string): Fen {
  return fen(BigInt(value));
}

/** Formats an API fen string in 亿元 or 万元 with grouping, e.g. "398300000000000" → "3,983.00". */
export function formatFen(value: string, unit: DisplayUnit, decimals = 2): string {
  return formatAmount(parseFen(value), unit, decimals);
}

/** Like formatFen but with an explicit sign for positive values, for differences. */
export function formatFenSigned(value: string, unit: DisplayUnit, decimals = 2): string {
  const text = formatFen(value, unit, decimals);
  return parseFen(value) > 0n ? `+${text}` : text;
}

/**
 * A number for a chart axis only: the amount is rounded in exact arithmetic first and converted last,
 * so no money value is computed in floating point.
 */
export function fenToChartNumber(value: string, unit: DisplayUnit, decimals = 2): number {
  return Number(formatAmount(parseFen(value), unit, decimals, false));
}

/** a − b in fen, returned as an API-style fen string. */
export function subtractFen(a: string, b: string): string {
  return (parseFen(a) - parseFen(b)).toString();
}

/** The sign of a fen string: -1, 0 or 1. */
export function signOfFen(value: string): -1 | 0 | 1 {
  const amount = parseFen(value);
  return amount > 0n ? 1 : amount < 0n ? -1 : 0;
}
