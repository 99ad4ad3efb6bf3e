// Prints the one closing line CI reads, summing every runner in Vitest's JSON report.
// A test file that fails before running any test (an import error, a failing hook) counts as one failure.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === "failed" && (f.assertionResults ?? []).every((a) => a.status !== "failed"),
).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed === 0 || failed > 0) process.exit(1);
