import type { Fen } from "../money.js";

/**
 * OC4IDS amounts are JSON numbers in major units (yuan). A decimal with at most 15 significant digits
 * survives decimal → double → shortest decimal unchanged, so fen below 10^15 (10 万亿元) convert
 * exactly both ways; no project comes near.
 */
export const MAX_EXACT_FEN = 10n ** 15n;

/** Fen → yuan as a JSON number with at most two decimals. Throws beyond the exact range. */
export function fenToYuanNumber(amount: Fen): number {
  const value: bigint = amount;
  const abs = value < 0n ? -value : value;
  if (abs >= MAX_EXACT_FEN) throw new RangeError(`amount too large to publish exactly: ${amount} fen`);
  const text = `${amount < 0n ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
  return Number(text);
}

export type YuanProblem = "notNumber" | "tooManyDecimals" | "outOfRange";

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * A JSON number in yuan → fen, from the number's shortest decimal text (what JSON.stringify writes),
 * with integer arithmetic only. More than two decimals is refused rather than rounded.
 */
export function yuanNumberToFen(value: unknown): { fen: Fen } | { problem: YuanProblem } {
  if (typeof value !== "number" || !Number.isFinite(value)) return { problem: "notNumber" };
  const m = NUMBER_TEXT.exec(String(value));
  if (!m) return { problem: "notNumber" };
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = m;
  const digits = BigInt(whole + fraction);
  const shift = Number(exponent) - fraction.length + 2;
  let fen: bigint;
  if (shift >= 0) fen = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    if (digits % divisor !== 0n) return { problem: "tooManyDecimals" };
    fen = digits / divisor;
  }
  if (fen >= MAX_EXACT_FEN) return { problem: "outOfRange" };
  return { fen: (sign === "-" ? -fen : fen) as Fen };
}
