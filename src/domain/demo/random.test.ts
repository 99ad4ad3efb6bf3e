import { describe, expect, it } from "vitest";
import { createRandom, deriveRandom } from "./random.js";

const draws = (seed: number, n = 20) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it("stays in [0, 1) and gives inclusive integer ranges", () => {
    const r = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      seen.add(r.int(3, 5));
    }
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it("never picks an item with zero weight", () => {
    const r = createRandom(3);
    for (let i = 0; i < 500; i++) expect(r.weighted(["a", "b", "c"], [1, 0, 2])).not.toBe("b");
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const shuffled = createRandom(5).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(input);
  });

  it("refuses empty choices", () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
    expect(() => createRandom(1).weighted(["a"], [0])).toThrow(RangeError);
  });
});

describe("deriveRandom", () => {
  it("gives each label its own reproducible stream", () => {
    const a = deriveRandom(1, "names");
    const b = deriveRandom(1, "names");
    const c = deriveRandom(1, "amounts");
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });
});
