/**
 * Seeded pseudo-random numbers (mulberry32). The same seed always yields the same sequence, which
 * is what makes the demo portfolio reproducible; not for anything security-related.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** exp(sigma · N(0, 1)): a positive weight around 1 with a long right tail. */
  logNormal(sigma: number): number;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Creates a generator from a 32-bit seed (other numbers are reduced to 32 bits). */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`);
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("cannot pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    if (items.length !== weights.length) throw new RangeError("items and weights differ in length");
    const total = weights.reduce((sum, w) => sum + Math.max(w, 0), 0);
    if (!(total > 0)) throw new RangeError("weights must include a positive value");
    let r = next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= Math.max(weights[i] ?? 0, 0);
      if (r < 0) return items[i] as T;
    }
    const last = weights.findLastIndex((w) => w > 0);
    return items[last] as T;
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted,
    logNormal: (sigma) => Math.exp(sigma * normal()),
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * An independent stream for one concern of the generator (names, dates, amounts …), so that a
 * change in how one concern draws numbers leaves the others' results alone.
 */
export function deriveRandom(seed: number, label: string): Random {
  return createRandom(hashText(`${seed}/${label}`));
}
