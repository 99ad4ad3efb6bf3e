import { describe, expect, it } from "vitest";
import { MAX_SPECIAL_ADJUSTMENT, reconcileSpecialTotals } from "./special-totals.js";
import { yiToWan } from "./units.js";

/** The plan's 21 stated special figures (亿元), which add up to 3986. */
const STATED = [407, 9, 204, 632, 15, 9, 9, 2, 284, 78, 33, 227, 83, 8, 253, 355, 94, 322, 172, 711, 79];

describe("reconcileSpecialTotals", () => {
  it("brings the specials to the headline exactly, each within 0.3 亿元 of its figure", () => {
    const totals = reconcileSpecialTotals(STATED, yiToWan(3983));
    expect(totals.reduce((a, b) => a + b, 0n)).toBe(yiToWan(3983));
    totals.forEach((total, i) => {
      const diff = total - yiToWan(STATED[i] ?? 0);
      expect(diff <= MAX_SPECIAL_ADJUSTMENT && diff >= -MAX_SPECIAL_ADJUSTMENT).toBe(true);
    });
  });

  it("takes 0.3 亿元 off each of the ten largest specials", () => {
    const totals = reconcileSpecialTotals(STATED, yiToWan(3983));
    const changed = totals.map((t, i) => t !== yiToWan(STATED[i] ?? 0));
    const largest = STATED.map((v, i) => ({ v, i }))
      .sort((a, b) => b.v - a.v)
      .slice(0, 10)
      .map(({ i }) => i);
    expect(changed.filter(Boolean)).toHaveLength(10);
    for (const i of largest) expect(totals[i]).toBe(yiToWan(STATED[i] ?? 0) - 3_000n);
  });

  it("leaves matching figures alone and refuses a gap too large to hide", () => {
    expect(reconcileSpecialTotals([1, 2], yiToWan(3))).toEqual([yiToWan(1), yiToWan(2)]);
    expect(() => reconcileSpecialTotals([1, 2], yiToWan(4))).toThrow(RangeError);
  });
});
