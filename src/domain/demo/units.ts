import { FEN_PER_WAN, FEN_PER_YI, fen, type Fen } from "../money.js";

/** Amounts inside the generator are whole 万元 (bigint); they become fen only on output. */
export type Wan = bigint;

export const WAN_PER_YI = FEN_PER_YI / FEN_PER_WAN;

/** Whole 亿元 to 万元. */
export function yiToWan(yi: number): Wan {
  if (!Number.isSafeInteger(yi)) throw new RangeError(`not a whole number of 亿元: ${yi}`);
  return BigInt(yi) * WAN_PER_YI;
}

export function wanToFen(amount: Wan): Fen {
  return fen(amount * FEN_PER_WAN);
}

/** A share of an amount given as a float fraction, rounded down to the 万元; the fraction is only a shape. */
export function shareOf(amount: Wan, fraction: number): Wan {
  const perMillion = BigInt(Math.round(Math.min(Math.max(fraction, 0), 1) * 1_000_000));
  return (amount * perMillion) / 1_000_000n;
}

/** The size of an amount in 亿元 as a float, for shaping weights and picking durations only. */
export function approxYi(amount: Wan): number {
  return Number(amount / 100n) / 100;
}
