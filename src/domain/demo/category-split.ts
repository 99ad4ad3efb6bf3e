import { allocateAboveMinimum, allocateCount } from "./allocate.js";
import { fitToMargins } from "./proportional-fit.js";
import type { Random } from "./random.js";
import type { Wan } from "./units.js";

/**
 * The special × category tables: how many of each special's projects the plan listed as under
 * construction / new start / reserve, and how much investment sits in each cell. Both tables must
 * match their row targets (the specials) and column targets (the plan's category split) exactly.
 */

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const sumWan = (values: readonly Wan[]) => values.reduce((a, b) => a + b, 0n);

/** Specials with a handful of projects span several categories; tiny ones may sit in one. */
export function minimumCategories(projects: number, categories: number): number {
  if (projects >= 6) return categories;
  if (projects >= 3) return Math.min(2, categories);
  return Math.min(1, projects);
}

const nonZero = (row: readonly number[]) => row.filter((n) => n > 0).length;

/**
 * Project counts per cell. `tilts[i][j]` leans special i towards category j (1 = the plan's overall
 * mix). The float shape is fitted to both margins, each row is rounded exactly, every special gets
 * its minimum number of categories, and single projects are then moved between categories inside
 * the rows where that strays least from the shape until the column totals hold.
 */
export function splitCounts(
  rowCounts: readonly number[],
  columnCounts: readonly number[],
  tilts: readonly (readonly number[])[],
  random: Random,
): number[][] {
  if (sum(rowCounts) !== sum(columnCounts)) throw new RangeError("row and column counts differ in total");
  const columns = columnCounts.length;
  const shape = fitToMargins(
    rowCounts.map((r, i) => columnCounts.map((c, j) => r * c * (tilts[i]?.[j] ?? 1) * random.logNormal(0.3))),
    rowCounts,
    columnCounts,
  );
  const counts = rowCounts.map((r, i) => allocateCount(r, shape[i] ?? []));
  const minimums = rowCounts.map((r) => minimumCategories(r, columns));

  counts.forEach((row, i) => {
    const weights = shape[i] ?? [];
    while (nonZero(row) < (minimums[i] ?? 0)) {
      const from = row.indexOf(Math.max(...row));
      const to = row
        .map((n, j) => ({ n, j, w: weights[j] ?? 0 }))
        .filter((c) => c.n === 0)
        .sort((a, b) => b.w - a.w || a.j - b.j)[0];
      if (!to) break;
      row[from] = (row[from] ?? 0) - 1;
      row[to.j] = 1;
    }
  });

  const gap = columnCounts.map((c, j) => c - sum(counts.map((row) => row[j] ?? 0)));
  for (;;) {
    const to = gap.findIndex((g) => g > 0);
    const from = gap.findIndex((g) => g < 0);
    if (to < 0 || from < 0) break;
    let best = -1;
    let bestScore = -Infinity;
    counts.forEach((row, i) => {
      const source = row[from] ?? 0;
      if (source === 0) return;
      const lost = source === 1 && (row[to] ?? 0) > 0 ? 1 : 0;
      if (nonZero(row) - lost < (minimums[i] ?? 0)) return;
      const fit = shape[i] ?? [];
      const score = (fit[to] ?? 0) - (row[to] ?? 0) - ((fit[from] ?? 0) - source);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    const row = counts[best];
    if (!row) throw new RangeError("the category counts cannot be balanced");
    row[from] = (row[from] ?? 0) - 1;
    row[to] = (row[to] ?? 0) + 1;
    gap[to] = (gap[to] ?? 0) - 1;
    gap[from] = (gap[from] ?? 0) + 1;
  }
  return counts;
}

/**
 * Investment per cell (万元), given the counts. The shape starts from each special's average
 * project size times the category's relative size in the plan, is fitted to both margins in floats,
 * then each row is allocated exactly with at least `minimumPerProject` per project. The small
 * column errors left by rounding are moved between two cells of the same row (keeping the row
 * exact), taking from the row with the most room above its minimum — in practice a large special.
 */
export function splitAmounts(
  counts: readonly (readonly number[])[],
  rowTotals: readonly Wan[],
  columnTotals: readonly Wan[],
  minimumPerProject: Wan,
  random: Random,
): Wan[][] {
  if (sumWan(rowTotals) !== sumWan(columnTotals))
    throw new RangeError("row and column amounts differ in total");
  const columnCounts = columnTotals.map((_, j) => sum(counts.map((row) => row[j] ?? 0)));
  const averageAll = Number(sumWan(columnTotals)) / sum(columnCounts);
  const categorySize = columnTotals.map(
    (total, j) => Number(total) / Math.max(columnCounts[j] ?? 0, 1) / averageAll,
  );
  const start = counts.map((row, i) => {
    const average = Number(rowTotals[i] ?? 0n) / Math.max(sum(row), 1);
    return row.map((n, j) => (n > 0 ? n * average * (categorySize[j] ?? 1) * random.logNormal(0.25) : 0));
  });
  const shape = fitToMargins(start, rowTotals.map(Number), columnTotals.map(Number));

  const amounts = counts.map((row, i) => {
    const minimums = row.map((n) => BigInt(n) * minimumPerProject);
    const weights = row.map((n, j) =>
      n > 0 ? Math.max((shape[i]?.[j] ?? 0) - Number(minimums[j] ?? 0n), 0) : 0,
    );
    return allocateAboveMinimum(rowTotals[i] ?? 0n, weights, minimums);
  });

  const gap = columnTotals.map((total, j) => total - sumWan(amounts.map((row) => row[j] ?? 0n)));
  for (;;) {
    const to = gap.findIndex((g) => g > 0n);
    const from = gap.findIndex((g) => g < 0n);
    if (to < 0 || from < 0) break;
    let best = -1;
    let bestRoom = 0n;
    amounts.forEach((row, i) => {
      if ((counts[i]?.[to] ?? 0) === 0) return;
      const room = (row[from] ?? 0n) - BigInt(counts[i]?.[from] ?? 0) * minimumPerProject;
      if (room > bestRoom) [best, bestRoom] = [i, room];
    });
    const row = amounts[best];
    if (!row) throw new RangeError("the category amounts cannot be balanced");
    const need = gap[to] ?? 0n;
    const excess = -(gap[from] ?? 0n);
    const move = [need, excess, bestRoom].reduce((a, b) => (b < a ? b : a));
    row[from] = (row[from] ?? 0n) - move;
    row[to] = (row[to] ?? 0n) + move;
    gap[to] = need - move;
    gap[from] = (gap[from] ?? 0n) + move;
  }
  return amounts;
}
