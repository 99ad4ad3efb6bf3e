/**
 * `newinfra bench`: the benchmark harness (bench/run.ts). Loaded only when asked for, so the server
 * never carries the load generator and the COPY client.
 */
export async function bench(args: string[]): Promise<number> {
  const { runBench } = await import("../../../bench/run.js");
  return runBench(args);
}
