import type { SizeResult } from "./run-size.js";

export interface GoalCheck {
  goal: string;
  target: string;
  measured: string;
  met: boolean | null;
  /** How far off, in words, when missed. */
  gap: string | null;
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** The goals, judged at the largest size measured (100k projects in a full run). */
export function checkGoals(sizes: SizeResult[]): GoalCheck[] {
  const last = sizes.at(-1);
  if (!last) return [];
  const checks: GoalCheck[] = [];
  const add = (
    goal: string,
    target: string,
    value: number | null,
    limit: number,
    atMost: boolean,
    unit = "×",
  ) => {
    if (value === null || !Number.isFinite(value)) {
      checks.push({ goal, target, measured: "not measured", met: null, gap: null });
      return;
    }
    const met = atMost ? value <= limit : value >= limit;
    const gap = met
      ? null
      : atMost
        ? `${fmt(value / limit)}× the limit (${fmt(value)}${unit} against ${fmt(limit)}${unit})`
        : `${fmt((100 * value) / limit, 0)} % of the target (${fmt(value)}${unit} against ${fmt(limit)}${unit})`;
    checks.push({ goal, target, measured: `${fmt(value)}${unit}`, met, gap });
  };
  const worst = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? Math.max(...known) : null;
  };
  add(
    `dashboard latency at ${last.size} against ${sizes[0]?.size} projects (median, worst grouping)`,
    "≤ 1.5×",
    sizes.length > 1 ? worst(last.dashboard.map((d) => d.growth)) : null,
    1.5,
    true,
  );
  add(
    "dashboard against hand-written SQL (median, worst grouping)",
    "≤ 2×",
    worst(last.dashboard.map((d) => d.ratio)),
    2,
    true,
  );
  add("project list p95 against raw SQL p95", "≤ 2×", last.list.ratioP95, 2, true);
  const csv = last.import?.formats.find((f) => f.format === "csv" && !f.figuresBuilt);
  add(
    "CSV import rows/s against raw COPY rows/s (dispatch figures not built)",
    "≥ 25 %",
    csv ? csv.ratio * 100 : null,
    25,
    false,
    " %",
  );
  add(
    "server peak resident memory (reads; imports), Node's default heap",
    "≤ 400 MB",
    Math.max(last.serverPeakRssMb, last.import?.peakRssMb ?? 0),
    400,
    true,
    " MB",
  );
  // Measured on PostgreSQL only, where the import server is a process of its own.
  const capped = last.import?.capped;
  if (capped)
    add(
      `server peak resident memory importing CSV with --max-old-space-size=${capped.heapLimitMb}`,
      "≤ 400 MB",
      capped.peakRssMb,
      400,
      true,
      " MB",
    );
  return checks;
}
