import type { DispatchFact } from "./facts.js";
import { SEVERITY, type WarningLevel } from "./warnings.js";

/** The groupings stored per scope; regions are summed from districts when read (membership is dated). */
export const ROLLUP_DIMS = [
  "total",
  "sector",
  "special",
  "district",
  "stage",
  "level",
  "department",
] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];

/** Numbers kept per rollup row; all add up, so a change is applied as a difference. */
export interface RollupSums {
  projects: number;
  plannedFen: bigint;
  monthFen: bigint;
  yearToDateFen: bigint;
  cumulativeFen: bigint;
  totalFen: bigint;
  startsPlannedYear: number;
  startsDue: number;
  started: number;
  reportsDue: number;
  reported: number;
  red: number;
  yellow: number;
  green: number;
  unreportedYellow: number;
  unreportedGreen: number;
}

export interface RollupKey {
  month: string;
  scopeKind: "all" | "district" | "department";
  scopeKey: string;
  dim: RollupDim;
  key: string;
}

export const NO_DEPARTMENT = "none";

export function emptySums(): RollupSums {
  return {
    projects: 0,
    plannedFen: 0n,
    monthFen: 0n,
    yearToDateFen: 0n,
    cumulativeFen: 0n,
    totalFen: 0n,
    startsPlannedYear: 0,
    startsDue: 0,
    started: 0,
    reportsDue: 0,
    reported: 0,
    red: 0,
    yellow: 0,
    green: 0,
    unreportedYellow: 0,
    unreportedGreen: 0,
  };
}

const n = (b: boolean) => (b ? 1 : 0);

/** What one fact adds to each row it belongs to. */
export function sumsOf(f: DispatchFact): RollupSums {
  const unreported = f.reportDue && !f.reported;
  return {
    projects: 1,
    plannedFen: f.plannedFen,
    monthFen: f.monthFen,
    yearToDateFen: f.yearToDateFen,
    cumulativeFen: f.cumulativeFen,
    totalFen: f.totalFen,
    startsPlannedYear: n(f.startPlannedYear),
    startsDue: n(f.startDue),
    started: n(f.started),
    reportsDue: n(f.reportDue),
    reported: n(f.reportDue && f.reported),
    red: n(f.baseLevel === "red"),
    yellow: n(f.baseLevel === "yellow"),
    green: n(f.baseLevel === "green"),
    unreportedYellow: n(unreported && f.baseLevel === "yellow"),
    unreportedGreen: n(unreported && f.baseLevel === "green"),
  };
}

/** Every rollup row a fact counts in: each scope that can see it × each grouping. */
export function keysOf(f: DispatchFact): RollupKey[] {
  const scopes: [RollupKey["scopeKind"], string][] = [
    ["all", ""],
    ["district", f.districtCode],
    ...[...new Set(f.departmentIds)].map((id): [RollupKey["scopeKind"], string] => [
      "department",
      String(id),
    ]),
  ];
  const groups: [RollupDim, string][] = [
    ["total", ""],
    ["sector", f.sectorCode],
    ["special", f.specialCode],
    ["district", f.districtCode],
    ["stage", f.stage],
    ["level", f.level],
    ["department", f.departmentIds[0] !== undefined ? String(f.departmentIds[0]) : NO_DEPARTMENT],
  ];
  return scopes.flatMap(([scopeKind, scopeKey]) =>
    groups.map(([dim, key]) => ({ month: f.month, scopeKind, scopeKey, dim, key })),
  );
}

export function addSums(a: RollupSums, b: RollupSums, sign: 1 | -1 = 1): RollupSums {
  const out = emptySums();
  for (const k of Object.keys(out) as (keyof RollupSums)[]) {
    const x = a[k];
    const y = b[k];
    (out as unknown as Record<string, number | bigint>)[k] =
      typeof x === "bigint" ? x + BigInt(sign) * (y as bigint) : x + sign * (y as number);
  }
  return out;
}

const keyString = (k: RollupKey) => [k.month, k.scopeKind, k.scopeKey, k.dim, k.key].join("\u0000");

/**
 * The change to apply to the rollups when a project's facts go from `before` to `after`, one entry per
 * row touched, in a fixed order so that concurrent writers lock rows the same way.
 */
export function rollupDelta(
  before: DispatchFact[],
  after: DispatchFact[],
): { key: RollupKey; sums: RollupSums }[] {
  const rows = new Map<string, { key: RollupKey; sums: RollupSums }>();
  const apply = (facts: DispatchFact[], sign: 1 | -1) => {
    for (const f of facts) {
      const sums = sumsOf(f);
      for (const key of keysOf(f)) {
        const id = keyString(key);
        const row = rows.get(id) ?? { key, sums: emptySums() };
        row.sums = addSums(row.sums, sums, sign);
        rows.set(id, row);
      }
    }
  };
  apply(before, -1);
  apply(after, 1);
  return [...rows.entries()]
    .filter(([, r]) => Object.values(r.sums).some((v) => v !== 0 && v !== 0n))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}

/** Red / yellow / green as of a day: after the month's deadline an unreported project is red. */
export function levelsAsOf(
  s: Pick<RollupSums, "red" | "yellow" | "green" | "unreportedYellow" | "unreportedGreen">,
  deadlinePassed: boolean,
): { red: number; yellow: number; green: number } {
  if (!deadlinePassed) return { red: s.red, yellow: s.yellow, green: s.green };
  return {
    red: s.red + s.unreportedYellow + s.unreportedGreen,
    yellow: s.yellow - s.unreportedYellow,
    green: s.green - s.unreportedGreen,
  };
}

/** A percentage to one decimal from integers (rounded half up), or null when nothing is due. */
export function percent(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  return Number((part * 2000n + whole) / (2n * whole)) / 10;
}

const UNREPORTED = { yellow: "unreportedYellow", green: "unreportedGreen" } as const;

/**
 * Raises a project's level in every row it counts in (`rows` of one scope and month) to at least `to`,
 * for findings decided on read, such as a coordination problem that has become overdue.
 */
export function raiseLevel<R extends RollupSums & { dim: string; key: string }>(
  rows: R[],
  fact: DispatchFact,
  to: WarningLevel,
  deadlinePassed: boolean,
): void {
  const unreported = fact.reportDue && !fact.reported;
  const from = fact.baseLevel;
  if (unreported && deadlinePassed) return; // already red
  if (SEVERITY[to] <= SEVERITY[from]) return;
  const groups = new Set(
    keysOf(fact)
      .filter((k) => k.scopeKind === "all")
      .map((k) => `${k.dim}\u0000${k.key}`),
  );
  for (const r of rows) {
    if (!groups.has(`${r.dim}\u0000${r.key}`)) continue;
    r[from] -= 1;
    r[to] += 1;
    if (unreported) {
      if (from !== "red") r[UNREPORTED[from]] -= 1;
      if (to !== "red") r[UNREPORTED[to]] += 1;
    }
  }
}
