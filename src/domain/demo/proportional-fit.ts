/**
 * Iterative proportional fitting: rescales the rows, then the columns, of a non-negative matrix in
 * turn until its row and column sums match the targets (within a relative tolerance). Zero cells
 * stay zero, so the matrix keeps its pattern. The result is a float shape, never an amount.
 */
export function fitToMargins(
  start: readonly (readonly number[])[],
  rowTargets: readonly number[],
  columnTargets: readonly number[],
  maxIterations = 1_000,
  tolerance = 1e-10,
): number[][] {
  const matrix = start.map((row) => [...row]);
  const columns = columnTargets.length;
  const scale = Math.max(1, ...rowTargets);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    matrix.forEach((row, i) => {
      const sum = row.reduce((a, b) => a + b, 0);
      if (sum > 0) row.forEach((v, j) => (row[j] = (v * (rowTargets[i] ?? 0)) / sum));
    });
    let worst = 0;
    for (let j = 0; j < columns; j++) {
      const sum = matrix.reduce((a, row) => a + (row[j] ?? 0), 0);
      if (sum > 0) for (const row of matrix) row[j] = ((row[j] ?? 0) * (columnTargets[j] ?? 0)) / sum;
    }
    matrix.forEach((row, i) => {
      const sum = row.reduce((a, b) => a + b, 0);
      worst = Math.max(worst, Math.abs(sum - (rowTargets[i] ?? 0)) / scale);
    });
    if (worst < tolerance) break;
  }
  return matrix;
}
