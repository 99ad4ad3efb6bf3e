import { createWriteStream, statSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import type { ProjectRecord } from "../../domain/project-record.js";
import { readRegisterRows } from "./read.js";
import { buildRecord, tempDir, YEARS } from "./test-fixtures.js";
import { writeRegisterXlsx } from "./write.js";

const ROWS = 100_000;
const SAMPLE_EVERY = 10_000;
/** Holding 100 000 rows takes well over 100 MB; bounded streaming stays far below this. */
const HEAP_GROWTH_BOUND = 64 * 1024 * 1024;

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Peak heap growth over a baseline, sampled after a full collection so garbage does not count. */
function heapMeter() {
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  return {
    sample() {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    },
    get peak() {
      return peak;
    },
  };
}

function* portfolio(meter: { sample(): void }): Generator<ProjectRecord> {
  for (let i = 1; i <= ROWS; i++) {
    if (i % SAMPLE_EVERY === 0) meter.sample();
    const record = buildRecord({
      id: i,
      code: `2020-500112-65-01-${String(i).padStart(6, "0")}`,
      name: `项目${i}`,
    });
    yield { ...record, funding: record.funding.slice(0, 1) };
  }
}

it("writes and reads a 100 000-row register without holding its rows", async () => {
  const file = join(tempDir(), "register.xlsx");
  const writing = heapMeter();
  await writeRegisterXlsx(portfolio(writing), createWriteStream(file), { years: YEARS });

  const reading = heapMeter();
  const counts = { projects: 0, funding: 0 };
  let lastName = "";
  for await (const row of readRegisterRows({ format: "xlsx", file })) {
    counts[row.kind] += 1;
    if (row.kind === "projects") lastName = String(row.cells["项目名称"]);
    if ((counts.projects + counts.funding) % SAMPLE_EVERY === 0) reading.sample();
  }

  console.info(
    `100k rows: ${(statSync(file).size / 1e6).toFixed(1)} MB file; peak heap growth ` +
      `${(writing.peak / 1e6).toFixed(1)} MB writing, ${(reading.peak / 1e6).toFixed(1)} MB reading`,
  );
  expect(counts).toEqual({ projects: ROWS, funding: ROWS });
  expect(lastName).toBe(`项目${ROWS}`);
  expect(writing.peak).toBeLessThan(HEAP_GROWTH_BOUND);
  expect(reading.peak).toBeLessThan(HEAP_GROWTH_BOUND);
}, 300_000);
