/**
 * Exact integer allocation by the largest-remainder method. Weights may be floats (random shapes);
 * they are scaled to integers first, so the division of the total itself is exact bigint arithmetic
 * and the parts always add up to the total.
 */
const WEIGHT_SCALE = 2 ** 48;

function scaledWeights(weights: readonly number[]): bigint[] {
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight must be finite and non-negative: ${w}`);
  }
  const max = Math.max(0, ...weights);
  if (max === 0) return weights.map(() => 0n);
  return weights.map((w) => BigInt(Math.round((w / max) * WEIGHT_SCALE)));
}

/**
 * Splits a non-negative integer total into parts proportional to the weights. Parts are integers,
 * sum exactly to the total, and a part with zero weight stays zero.
 */
export function allocate(total: bigint, weights: readonly number[]): bigint[] {
  if (total < 0n) throw new RangeError(`cannot allocate a negative total: ${total.toString()}`);
  const scaled = scaledWeights(weights);
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    if (total === 0n) return scaled;
    throw new RangeError("cannot allocate a positive total over zero weights");
  }
  const parts = scaled.map((w) => (total * w) / sum);
  const remainders = scaled.map((w) => (total * w) % sum);
  let leftover = total - parts.reduce((a, b) => a + b, 0n);
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const i of order) {
    if (leftover === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts;
}

/**
 * Like {@link allocate}, but every part first receives its minimum (one value for all, or one per
 * part) and only the rest is shared by weight. Falls back to equal weights when all are zero.
 */
export function allocateAboveMinimum(
  total: bigint,
  weights: readonly number[],
  minimum: bigint | readonly bigint[],
): bigint[] {
  const minimums = typeof minimum === "bigint" ? weights.map(() => minimum) : minimum;
  if (minimums.length !== weights.length) throw new RangeError("one minimum per weight expected");
  const reserved = minimums.reduce((a, b) => a + b, 0n);
  if (reserved > total) {
    throw new RangeError(`total ${total.toString()} is below the minimums ${reserved.toString()}`);
  }
  const rest = total - reserved;
  const usable = weights.some((w) => w > 0) ? weights : weights.map(() => 1);
  return allocate(rest, usable).map((part, i) => part + (minimums[i] ?? 0n));
}

/** {@link allocate} for small whole numbers such as project counts. */
export function allocateCount(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`not a whole count: ${total}`);
  return allocate(BigInt(total), weights).map(Number);
}
