import { describe, expect, it } from "vitest";
import { minimumCategories, splitAmounts, splitCounts } from "./category-split.js";
import { createRandom } from "./random.js";
import { reconcileSpecialTotals } from "./special-totals.js";
import { yiToWan } from "./units.js";

/** The plan's specials (projects, 亿元) and its category split. */
const PROJECTS = [4, 7, 3, 22, 5, 8, 7, 2, 22, 22, 7, 29, 14, 4, 14, 82, 17, 22, 13, 57, 14];
const STATED_YI = [407, 9, 204, 632, 15, 9, 9, 2, 284, 78, 33, 227, 83, 8, 253, 355, 94, 322, 172, 711, 79];
const CATEGORY_PROJECTS = [152, 102, 121];
const CATEGORY_WAN = [2101, 831, 1051].map(yiToWan);
const FLAT = PROJECTS.map(() => [1, 1, 1]);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const sumWan = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe.each([1, 2, 99])("splitting the plan's table (seed %i)", (seed) => {
  const random = createRandom(seed);
  const counts = splitCounts(PROJECTS, CATEGORY_PROJECTS, FLAT, random);
  const rowTotals = reconcileSpecialTotals(STATED_YI, sumWan(CATEGORY_WAN));
  const amounts = splitAmounts(counts, rowTotals, CATEGORY_WAN, 500n, random);

  it("matches both count margins exactly", () => {
    counts.forEach((row, i) => expect(sum(row)).toBe(PROJECTS[i]));
    CATEGORY_PROJECTS.forEach((c, j) => expect(sum(counts.map((row) => row[j] ?? 0))).toBe(c));
  });

  it("spreads every special over its minimum number of categories", () => {
    counts.forEach((row, i) => {
      expect(row.filter((n) => n > 0).length).toBeGreaterThanOrEqual(minimumCategories(PROJECTS[i] ?? 0, 3));
    });
  });

  it("matches both amount margins exactly, with at least the minimum per project and nothing in empty cells", () => {
    amounts.forEach((row, i) => expect(sumWan(row)).toBe(rowTotals[i]));
    CATEGORY_WAN.forEach((c, j) => expect(sumWan(amounts.map((row) => row[j] ?? 0n))).toBe(c));
    amounts.forEach((row, i) =>
      row.forEach((amount, j) => {
        const n = BigInt(counts[i]?.[j] ?? 0);
        expect(n === 0n ? amount === 0n : amount >= n * 500n).toBe(true);
      }),
    );
  });
});

describe("minimumCategories", () => {
  it("asks all categories of a special with six or more projects, two of one with three to five", () => {
    expect(minimumCategories(6, 3)).toBe(3);
    expect(minimumCategories(3, 3)).toBe(2);
    expect(minimumCategories(2, 3)).toBe(1);
  });
});

describe("splitCounts", () => {
  it("refuses margins with different totals", () => {
    expect(() => splitCounts([1, 2], [4], [[1], [1]], createRandom(1))).toThrow(RangeError);
  });
});
