import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figuresBy, medianOf, percentTenths, slaFigures, speedupOf } from "./speedup.js";

const item = (elapsedDays: number, statutoryDays = 20, targetDays = 10) => ({
  elapsedDays,
  statutoryDays,
  targetDays,
});

describe("speed-up of one item", () => {
  it("is 1 − elapsed / statutory, negative when slower than the law", () => {
    expect(percentTenths(speedupOf(5, 20))).toBe("75.0");
    expect(percentTenths(speedupOf(0, 7))).toBe("100.0");
    expect(percentTenths(speedupOf(20, 20))).toBe("0.0");
    expect(percentTenths(speedupOf(25, 20))).toBe("-25.0");
    expect(() => speedupOf(1, 0)).toThrow(RangeError);
  });

  it("shows one decimal rounded down, so 50.0 is only shown once 50 % is reached", () => {
    expect(percentTenths({ num: 2n, den: 3n })).toBe("66.6");
    expect(percentTenths({ num: 4999n, den: 10000n })).toBe("49.9");
    expect(percentTenths({ num: -1n, den: 3n })).toBe("-33.4");
    expect(percentTenths({ num: -1n, den: 8n })).toBe("-12.5");
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, exactly", () => {
    expect(medianOf([])).toBeNull();
    expect(percentTenths(medianOf([{ num: 1n, den: 3n }])!)).toBe("33.3");
    // 1/3 and 1/2 → 5/12 = 41.66…
    expect(
      percentTenths(
        medianOf([
          { num: 1n, den: 2n },
          { num: 1n, den: 3n },
        ])!,
      ),
    ).toBe("41.6");
    const m = medianOf([
      { num: 3n, den: 4n },
      { num: 1n, den: 10n },
      { num: 1n, den: 2n },
    ]);
    expect(m).toEqual({ num: 1n, den: 2n });
  });

  it("agrees with a median taken over floats, to well within a tenth of a percent", () => {
    const items = fc.array(fc.record({ elapsed: fc.nat(60), statutory: fc.integer({ min: 1, max: 60 }) }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(items, (list) => {
        const floats = list.map((i) => 1 - i.elapsed / i.statutory).sort((a, b) => a - b);
        const mid = Math.floor(floats.length / 2);
        const expected = floats.length % 2 ? floats[mid]! : (floats[mid - 1]! + floats[mid]!) / 2;
        const exact = medianOf(list.map((i) => speedupOf(i.elapsed, i.statutory)))!;
        expect(Number(exact.num) / Number(exact.den)).toBeCloseTo(expected, 9);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe("figures of a set", () => {
  it("gives the share within target and the median speed-up, and whether the plan's 50 % is met", () => {
    const figures = slaFigures([item(4), item(10), item(12), item(6)]);
    // Speed-ups 80 %, 50 %, 40 %, 70 % → median (50 + 70) / 2 = 60 %.
    expect(figures).toEqual({
      completed: 4,
      withinTarget: 3,
      withinTargetPct: "75.0",
      medianSpeedupPct: "60.0",
      meetsPlan: true,
    });
    expect(slaFigures([item(11), item(12)]).meetsPlan).toBe(false);
    expect(slaFigures([item(10)]).meetsPlan).toBe(true);
  });

  it("has no percentages for an empty set", () => {
    expect(slaFigures([])).toEqual({
      completed: 0,
      withinTarget: 0,
      withinTargetPct: null,
      medianSpeedupPct: null,
      meetsPlan: null,
    });
  });

  it("groups by a key, the busiest group first", () => {
    const rows = [
      { ...item(2), body: "市发展改革委" },
      { ...item(9), body: "渝北区发展改革委" },
      { ...item(12), body: "渝北区发展改革委" },
    ];
    const groups = figuresBy(rows, (r) => r.body);
    expect(groups.map((g) => [g.key, g.completed, g.withinTarget])).toEqual([
      ["渝北区发展改革委", 2, 1],
      ["市发展改革委", 1, 1],
    ]);
  });
});
