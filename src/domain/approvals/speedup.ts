import { PLAN_SPEEDUP_PERCENT } from "./rules.js";

/**
 * How much faster than the law approvals are done: for one item, speed-up = 1 − elapsed / statutory
 * (both in working days); for a set, the median of the items' speed-ups and the share done within
 * target. Ratios are kept as exact fractions and shown as percentages with one decimal, rounded
 * down, so that a shown "50.0" means the plan's 50 % is truly reached.
 */

/** An exact fraction with a positive denominator. */
interface Fraction {
  num: bigint;
  den: bigint;
}

export interface CompletedApproval {
  statutoryDays: number;
  targetDays: number;
  elapsedDays: number;
}

export interface SlaFigures {
  completed: number;
  withinTarget: number;
  /** Share completed within target, percent with one decimal; null when none completed. */
  withinTargetPct: string | null;
  /** Median of 1 − elapsed / statutory, percent with one decimal; null when none completed. */
  medianSpeedupPct: string | null;
  /** Whether the median reaches the plan's 50 %; null when none completed. */
  meetsPlan: boolean | null;
}

/** 1 − elapsed / statutory as a fraction (negative when slower than the law). */
export function speedupOf(elapsedDays: number, statutoryDays: number): Fraction {
  if (!(statutoryDays > 0)) throw new RangeError(`statutory limit must be positive: ${statutoryDays}`);
  return { num: BigInt(statutoryDays - elapsedDays), den: BigInt(statutoryDays) };
}

const compare = (a: Fraction, b: Fraction) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** The median of fractions: the middle one, or the mean of the two middle ones; null for none. */
export function medianOf(values: readonly Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(compare);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as Fraction;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] as Fraction;
  return { num: lower.num * upper.den + upper.num * lower.den, den: 2n * lower.den * upper.den };
}

const floorDiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

/** A fraction as a percentage with one decimal, rounded down: 2/3 → "66.6", −1/8 → "-12.5". */
export function percentTenths(f: Fraction): string {
  const tenths = floorDiv(f.num * 1000n, f.den);
  const sign = tenths < 0n ? "-" : "";
  const abs = tenths < 0n ? -tenths : tenths;
  return `${sign}${abs / 10n}.${abs % 10n}`;
}

/** The median speed-up as a fraction, for callers that need the exact value. */
export function medianSpeedup(items: readonly CompletedApproval[]): Fraction | null {
  return medianOf(items.map((i) => speedupOf(i.elapsedDays, i.statutoryDays)));
}

/** Figures of a set of completed items. */
export function slaFigures(items: readonly CompletedApproval[]): SlaFigures {
  const withinTarget = items.filter((i) => i.elapsedDays <= i.targetDays).length;
  const median = medianSpeedup(items);
  return {
    completed: items.length,
    withinTarget,
    withinTargetPct:
      items.length === 0 ? null : percentTenths({ num: BigInt(withinTarget), den: BigInt(items.length) }),
    medianSpeedupPct: median ? percentTenths(median) : null,
    meetsPlan: median ? compare(median, { num: BigInt(PLAN_SPEEDUP_PERCENT), den: 100n }) >= 0 : null,
  };
}

/** Figures per group (approving body, kind …), the busiest group first, then by name. */
export function figuresBy<T extends CompletedApproval, K extends string>(
  items: readonly T[],
  keyOf: (item: T) => K,
): (SlaFigures & { key: K })[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, ...slaFigures(list) }))
    .sort((a, b) => b.completed - a.completed || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
