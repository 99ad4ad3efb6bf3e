import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateAboveMinimum, allocateCount } from "./allocate.js";

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

describe("allocate", () => {
  it("splits proportionally and exactly", () => {
    expect(allocate(10n, [1, 1, 1])).toEqual([4n, 3n, 3n]);
    expect(allocate(100n, [0.5, 0.25, 0.25])).toEqual([50n, 25n, 25n]);
  });

  it("adds up to the total for any weights, keeps zero weights at zero and stays within one unit of the quota", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (total, raw) => {
          const weights = raw.some((w) => w > 0) ? raw : [...raw.slice(1), 1];
          const parts = allocate(total, weights);
          expect(sum(parts)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const w = weights[i] ?? 0;
            if (w === 0) expect(part).toBe(0n);
            expect(part >= 0n).toBe(true);
            const quota = (Number(total) * w) / weightSum;
            expect(Math.abs(Number(part) - quota)).toBeLessThanOrEqual(1 + Number(total) * 1e-9);
          });
        },
      ),
    );
  });

  it("refuses negative totals, negative weights and a positive total over zero weights", () => {
    expect(() => allocate(-1n, [1])).toThrow(RangeError);
    expect(() => allocate(1n, [-1, 2])).toThrow(RangeError);
    expect(() => allocate(1n, [0, 0])).toThrow(RangeError);
    expect(allocate(0n, [0, 0])).toEqual([0n, 0n]);
  });
});

describe("allocateAboveMinimum", () => {
  it("gives every part its minimum first", () => {
    const parts = allocateAboveMinimum(1_000n, [1, 0, 1000], 100n);
    expect(sum(parts)).toBe(1_000n);
    for (const part of parts) expect(part >= 100n).toBe(true);
    expect(parts[1]).toBe(100n);
  });

  it("accepts one minimum per part and falls back to equal shares when weights are all zero", () => {
    expect(allocateAboveMinimum(10n, [0, 0], [2n, 4n])).toEqual([4n, 6n]);
  });

  it("refuses a total below the minimums", () => {
    expect(() => allocateAboveMinimum(5n, [1, 1], 3n)).toThrow(RangeError);
  });
});

describe("allocateCount", () => {
  it("splits whole counts", () => {
    expect(allocateCount(7, [1, 1])).toEqual([4, 3]);
  });
});
