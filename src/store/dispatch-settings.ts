import { eq, min, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export async function readDispatchSettings(tx: Tx) {
  const [row] = await tx.select().from(t.dispatchSettings).where(eq(t.dispatchSettings.id, 1));
  if (!row) throw new Error("dispatch_settings has no row; the migrations were not applied");
  return row;
}

export async function writeDispatchSettings(
  tx: Tx,
  values: Omit<typeof t.dispatchSettings.$inferInsert, "id">,
): Promise<void> {
  await tx.update(t.dispatchSettings).set(values).where(eq(t.dispatchSettings.id, 1));
}

/** Dispatch starts in January of the earliest plan's first year. */
export async function dispatchStartMonth(tx: Tx): Promise<string | null> {
  const [row] = await tx.select({ year: min(t.plans.startYear) }).from(t.plans);
  return row?.year ? `${row.year}-01` : null;
}

/** Settings, the first dispatch month and how far figures are built, in one round trip (every read needs them). */
export async function dispatchOverview(tx: Tx) {
  const [row] = await tx
    .select({
      settings: t.dispatchSettings,
      throughMonth: t.dispatchState.throughMonth,
      startYear: sql<number | null>`(select min(${t.plans.startYear}) from ${t.plans})`,
    })
    .from(t.dispatchSettings)
    .innerJoin(t.dispatchState, eq(t.dispatchState.id, t.dispatchSettings.id));
  if (!row) throw new Error("dispatch_settings has no row; the migrations were not applied");
  return {
    settings: row.settings,
    throughMonth: row.throughMonth,
    startMonth: row.startYear ? `${row.startYear}-01` : null,
  };
}
