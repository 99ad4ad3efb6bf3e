import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { JsonText } from "../domain/audit-chain.js";
import type { Db } from "./db.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

const ROWS_PER_STATEMENT = 1000;

/** Writes a column's values as JSON text in the driver's form: bigints and dates as text, JSON columns as they are. */
function encoderOf(column: PgColumn): (value: unknown) => string {
  const json = column.dataType === "json";
  return (value) => {
    if (value === null || value === undefined) return "null";
    if (value instanceof JsonText) return value.text;
    if (json) return JSON.stringify(value);
    const driven: unknown = column.mapToDriverValue(value);
    // Exact in jsonb (numeric), however large: bigint columns read the digits as they are.
    return typeof driven === "bigint" ? driven.toString() : JSON.stringify(driven);
  };
}

/**
 * The statements inserting rows a thousand at a time, each batch as one JSON parameter read by
 * `jsonb_to_recordset`: one parameter instead of one per cell, which keeps a 100k-row import off the
 * query builder's hot path. Every row must carry the same keys (a missing key inserts null, not the
 * column's default). `givenIds` writes ids taken beforehand into an identity column.
 */
export function insertStatements<T extends PgTable>(
  table: T,
  rows: readonly T["$inferInsert"][],
  options: { givenIds?: boolean } = {},
): SQL[] {
  const first = rows[0];
  if (!first) return [];
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first).filter((k) => all[k]);
  const columns = keys.map((k) => all[k]!);
  const fields = columns.map((c, j) => ({ key: keys[j]!, label: `"${c.name}":`, encode: encoderOf(c) }));
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(", "));
  const definition = sql.raw(columns.map((c) => `"${c.name}" ${c.getSQLType()}`).join(", "));
  const target = sql.raw(`"${getTableName(table)}"`);
  const overriding = options.givenIds ? sql.raw("overriding system value") : sql``;
  const statements: SQL[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = `[${rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((row) => {
        const values = row as Record<string, unknown>;
        return `{${fields.map((f) => f.label + f.encode(values[f.key])).join(",")}}`;
      })
      .join(",")}]`;
    statements.push(
      sql`insert into ${target} (${names}) ${overriding}
        select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${definition})`,
    );
  }
  return statements;
}

/** Runs statements one after another. */
export async function runAll(tx: Tx, statements: SQL[]): Promise<void> {
  for (const statement of statements) await tx.execute(statement);
}

/** Inserts rows (see insertStatements). */
export async function bulkInsert<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly T["$inferInsert"][],
  options: { givenIds?: boolean } = {},
): Promise<void> {
  await runAll(tx, insertStatements(table, rows, options));
}
