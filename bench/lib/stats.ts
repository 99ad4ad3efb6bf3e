/** Summary of repeated timings in milliseconds. */
export interface Timing {
  n: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)]!;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    minMs: round(sorted[0] ?? Number.NaN),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

export const round = (value: number, digits = 3) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const elapsedMs = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

export interface RepeatOptions {
  warmup: number;
  reps: number;
  /** Runs untimed before every repetition (resetting state). */
  before?: () => Promise<void>;
}

/** Warm-up ends after its count or this long, whichever comes first: slow statements warm up in one run. */
export const WARMUP_BUDGET_MS = 3000;

/** Runs `work` untimed for the warm-up (count or budget), then `reps` times timed; returns the timings. */
export async function repeat(options: RepeatOptions, work: () => Promise<unknown>): Promise<Timing> {
  const warmupStarted = process.hrtime.bigint();
  for (let i = 0; i < options.warmup && elapsedMs(warmupStarted) < WARMUP_BUDGET_MS; i++) {
    await options.before?.();
    await work();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.reps; i++) {
    await options.before?.();
    const started = process.hrtime.bigint();
    await work();
    samples.push(elapsedMs(started));
  }
  return summarise(samples);
}

/** Times one run of `work`. */
export async function timeOnce<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: round(elapsedMs(started)), value };
}
