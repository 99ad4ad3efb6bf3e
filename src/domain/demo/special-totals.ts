import { allocate } from "./allocate.js";
import { type Wan, yiToWan } from "./units.js";

/** Largest change to one special's stated figure: 0.3 亿元, inside the plan's ±0.5 亿元 rounding. */
export const MAX_SPECIAL_ADJUSTMENT: Wan = 3_000n;

/**
 * Per-special totals (万元) that add up exactly to `target` while each stays within
 * {@link MAX_SPECIAL_ADJUSTMENT} of the plan's stated 亿元 figure. The plan's specials add up to a
 * little more than its headline, so the difference is spread evenly over as few of the largest
 * specials as the cap allows.
 */
export function reconcileSpecialTotals(statedYi: readonly number[], target: Wan): Wan[] {
  const stated = statedYi.map(yiToWan);
  const difference = target - stated.reduce((a, b) => a + b, 0n);
  if (difference === 0n) return stated;
  const magnitude = difference < 0n ? -difference : difference;
  const needed = Number((magnitude + MAX_SPECIAL_ADJUSTMENT - 1n) / MAX_SPECIAL_ADJUSTMENT);
  if (needed > stated.length) {
    throw new RangeError(
      `the specials differ from the target by too much to reconcile: ${difference.toString()} 万元`,
    );
  }
  const largest = stated
    .map((amount, index) => ({ amount, index }))
    .sort((a, b) => (a.amount === b.amount ? a.index - b.index : a.amount > b.amount ? -1 : 1))
    .slice(0, needed);
  const shares = allocate(
    magnitude,
    largest.map(() => 1),
  );
  const totals = [...stated];
  largest.forEach(({ index }, i) => {
    const share = shares[i] ?? 0n;
    totals[index] = (totals[index] ?? 0n) + (difference < 0n ? -share : share);
  });
  return totals;
}
