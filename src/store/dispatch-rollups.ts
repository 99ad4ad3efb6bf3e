import { sql, type SQL } from "drizzle-orm";
import type { RollupDim, RollupKey, RollupSums } from "../domain/dispatch/rollups.js";
import { emptySums, NO_DEPARTMENT } from "../domain/dispatch/rollups.js";
import { queryRows, type Db } from "./db.js";
import { factsInScope } from "./dispatch-facts.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface RollupRow extends RollupSums {
  month: string;
  dim: RollupDim;
  key: string;
}

/** Adds each row's difference, creating rows as needed; rows arrive sorted, so writers lock in one order. */
export async function applyRollupDelta(tx: Tx, delta: { key: RollupKey; sums: RollupSums }[]): Promise<void> {
  const add = (column: { name: string }) =>
    sql.raw(`dispatch_rollups."${column.name}" + excluded."${column.name}"`);
  const summed = Object.keys(emptySums()) as (keyof RollupSums)[];
  const set = Object.fromEntries(summed.map((k) => [k, add(t.dispatchRollups[k])]));
  for (let i = 0; i < delta.length; i += 2000) {
    await tx
      .insert(t.dispatchRollups)
      .values(delta.slice(i, i + 2000).map(({ key, sums }) => ({ ...key, ...sums })))
      .onConflictDoUpdate({
        target: [
          t.dispatchRollups.month,
          t.dispatchRollups.scopeKind,
          t.dispatchRollups.scopeKey,
          t.dispatchRollups.dim,
          t.dispatchRollups.key,
        ],
        set,
      });
  }
}

/** The sums of a set of facts `f`, as SQL select items named like the rollup columns. */
const SUMS = sql.raw(`count(*)::int as projects,
  coalesce(sum(f.planned_fen), 0) as planned_fen, coalesce(sum(f.month_fen), 0) as month_fen,
  coalesce(sum(f.ytd_fen), 0) as ytd_fen, coalesce(sum(f.cumulative_fen), 0) as cumulative_fen,
  coalesce(sum(f.total_fen), 0) as total_fen,
  (count(*) filter (where f.start_planned_year))::int as starts_planned_year,
  (count(*) filter (where f.start_due))::int as starts_due,
  (count(*) filter (where f.started))::int as started,
  (count(*) filter (where f.report_due))::int as reports_due,
  (count(*) filter (where f.report_due and f.reported))::int as reported,
  (count(*) filter (where f.base_level = 'red'))::int as red,
  (count(*) filter (where f.base_level = 'yellow'))::int as yellow,
  (count(*) filter (where f.base_level = 'green'))::int as green,
  (count(*) filter (where f.report_due and not f.reported and f.base_level = 'yellow'))::int as unreported_yellow,
  (count(*) filter (where f.report_due and not f.reported and f.base_level = 'green'))::int as unreported_green`);

/** The same sums over already summed rows `c`. */
const RESUM = sql.raw(
  [
    "sum(c.projects)::int",
    ...["planned_fen", "month_fen", "ytd_fen", "cumulative_fen", "total_fen"].map((c) => `sum(c.${c})`),
    ...[
      "starts_planned_year",
      "starts_due",
      "started",
      "reports_due",
      "reported",
      "red",
      "yellow",
      "green",
      "unreported_yellow",
      "unreported_green",
    ].map((c) => `sum(c.${c})::int`),
  ].join(", "),
);

const dimsOf = (alias: string) =>
  sql.raw(`(values ('total', ''), ('sector', ${alias}.sector_code), ('special', ${alias}.special_code),
    ('district', ${alias}.district_code::text), ('stage', ${alias}.stage), ('level', ${alias}.level),
    ('department', coalesce(${alias}.department_ids[1]::text, '${NO_DEPARTMENT}'))) as d(dim, key)`);

/** Recomputes every rollup row of the months from `from` to `to` out of the stored facts. */
export async function rebuildRollups(tx: Tx, from: string, to: string): Promise<void> {
  await tx.execute(sql`delete from ${t.dispatchRollups} where month between ${from} and ${to}`);
  // Facts are first summed per cell of all keys (few per month whatever the portfolio), then spread over
  // scopes and groupings.
  await tx.execute(sql`
    with cells as (
      select f.month, f.sector_code, f.special_code, f.district_code, f.stage, f.level, f.department_ids, ${SUMS}
      from ${t.dispatchFacts} f where f.month between ${from} and ${to}
      group by f.month, f.sector_code, f.special_code, f.district_code, f.stage, f.level, f.department_ids
    )
    insert into ${t.dispatchRollups} (month, scope_kind, scope_key, dim, key, projects, planned_fen, month_fen,
      ytd_fen, cumulative_fen, total_fen, starts_planned_year, starts_due, started, reports_due, reported, red, yellow,
      green, unreported_yellow, unreported_green)
    select c.month, s.kind, s.key, d.dim, d.key, ${RESUM}
    from cells c
    cross join lateral (
      select 'all' as kind, '' as key
      union all select 'district', c.district_code::text
      union all select 'department', x::text from unnest(c.department_ids) as x
    ) as s
    cross join lateral ${dimsOf("c")}
    group by c.month, s.kind, s.key, d.dim, d.key`);
}

type RawRow = Record<string, string | number>;

function toRow(r: RawRow): RollupRow {
  const big = (k: string) => BigInt(r[k] as string);
  const int = (k: string) => Number(r[k]);
  return {
    month: String(r.month),
    dim: r.dim as RollupDim,
    key: String(r.key),
    projects: int("projects"),
    plannedFen: big("planned_fen"),
    monthFen: big("month_fen"),
    yearToDateFen: big("ytd_fen"),
    cumulativeFen: big("cumulative_fen"),
    totalFen: big("total_fen"),
    startsPlannedYear: int("starts_planned_year"),
    startsDue: int("starts_due"),
    started: int("started"),
    reportsDue: int("reports_due"),
    reported: int("reported"),
    red: int("red"),
    yellow: int("yellow"),
    green: int("green"),
    unreportedYellow: int("unreported_yellow"),
    unreportedGreen: int("unreported_green"),
  };
}

const moneyText = sql.raw(
  "planned_fen::text as planned_fen, month_fen::text as month_fen, ytd_fen::text as ytd_fen, " +
    "cumulative_fen::text as cumulative_fen, total_fen::text as total_fen",
);
const counts = sql.raw(
  "projects, starts_planned_year, starts_due, started, reports_due, reported, red, yellow, green, " +
    "unreported_yellow, unreported_green",
);

/** Stored rollup rows of one scope for some months and groupings. */
export async function readRollups(
  db: Db,
  scope: { kind: RollupKey["scopeKind"]; key: string },
  months: string[],
  dims: RollupDim[],
): Promise<RollupRow[]> {
  const rows = await queryRows<RawRow>(
    db,
    sql`select month, dim, key, ${counts}, ${moneyText} from ${t.dispatchRollups}
      where scope_kind = ${scope.kind} and scope_key = ${scope.key}
      and month in (${sql.join(
        months.map((m) => sql`${m}`),
        sql`, `,
      )})
      and dim in (${sql.join(
        dims.map((d) => sql`${d}`),
        sql`, `,
      )}) and projects > 0`,
  );
  return rows.map(toRow);
}

/** The same rows summed on the fly from the facts of a scope the rollups do not keep (an owner's, a bank's). */
export async function summedFacts(
  db: Db,
  scopeWhere: SQL | undefined,
  months: string[],
  dims: RollupDim[],
): Promise<RollupRow[]> {
  const rows = await queryRows<RawRow>(
    db,
    sql`with f as (${factsInScope(scopeWhere)}), c as (
        select f.month, d.dim, d.key, ${SUMS} from f cross join lateral ${dimsOf("f")}
        where f.month in (${sql.join(
          months.map((m) => sql`${m}`),
          sql`, `,
        )})
        and d.dim in (${sql.join(
          dims.map((d) => sql`${d}`),
          sql`, `,
        )})
        group by f.month, d.dim, d.key)
      select month, dim, key, ${counts}, ${moneyText} from c`,
  );
  return rows.map(toRow);
}

/** Locks the dispatch state row: shared by writers, exclusive while months are added. */
export async function lockDispatchState(tx: Tx, mode: "share" | "update"): Promise<string | null> {
  const rows = await queryRows<{ through_month: string | null }>(
    tx,
    mode === "update"
      ? sql`select through_month from ${t.dispatchState} where id = 1 for update`
      : sql`select through_month from ${t.dispatchState} where id = 1 for share`,
  );
  return rows[0]?.through_month ?? null;
}

export async function setThroughMonth(tx: Tx, month: string | null): Promise<void> {
  await tx
    .update(t.dispatchState)
    .set({ throughMonth: month })
    .where(sql`id = 1`);
}

export async function deleteRollups(tx: Tx): Promise<void> {
  await tx.delete(t.dispatchRollups);
}

/** Empties facts and rollups at once (a bulk change); readers wait for the transaction. */
export async function truncateDispatch(tx: Tx): Promise<void> {
  await tx.execute(sql`truncate ${t.dispatchFacts}, ${t.dispatchRollups}`);
}
