import { factsOf, monthRange, type DispatchFact } from "../domain/dispatch/facts.js";
import { rollupDelta } from "../domain/dispatch/rollups.js";
import type { WarningRules } from "../domain/dispatch/warnings.js";
import type { Db } from "../store/db.js";
import {
  deleteAllFacts,
  factInputs,
  insertFacts,
  projectIdsAfter,
  replaceFacts,
  storedFacts,
} from "../store/dispatch-facts.js";
import {
  applyRollupDelta,
  deleteRollups,
  lockDispatchState,
  rebuildRollups,
  setThroughMonth,
  truncateDispatch,
} from "../store/dispatch-rollups.js";
import { dispatchStartMonth, readDispatchSettings } from "../store/dispatch-settings.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Above this many projects one change drops every fact instead of adjusting row by row. */
const REBUILD_ABOVE = 500;
const BATCH = 1000;

export const rulesOf = (s: Awaited<ReturnType<typeof readDispatchSettings>>): WarningRules => ({
  reportDueDay: s.reportDueDay,
  paceYellowPoints: s.paceYellowPoints,
  paceRedPoints: s.paceRedPoints,
  startDelayRedMonths: s.startDelayRedMonths,
  stallReports: s.stallReports,
});

/** Computes and stores the facts of every project for `months`, a batch of projects at a time. */
async function buildFacts(tx: Tx, months: string[], rules: WarningRules): Promise<void> {
  for (let after = 0; ;) {
    const ids = await projectIdsAfter(tx, after, BATCH);
    if (!ids.length) return;
    const facts: DispatchFact[] = [];
    for (const p of await factInputs(tx, ids)) facts.push(...factsOf(p, months, rules));
    await insertFacts(tx, facts);
    after = ids[ids.length - 1]!;
  }
}

/**
 * Brings the dispatch facts and rollups of these projects in step with a change, inside the change's
 * transaction. Months not built yet are left to be built when first asked.
 */
export async function refreshDispatch(tx: Tx, projectIds: number[]): Promise<void> {
  if (projectIds.length > REBUILD_ABOVE) return resetDispatch(tx);
  const through = await lockDispatchState(tx, "share");
  if (!through) return;
  const start = await dispatchStartMonth(tx);
  if (!start) return;
  const months = monthRange(start, through);
  const rules = rulesOf(await readDispatchSettings(tx));
  const after = (await factInputs(tx, projectIds)).flatMap((p) => factsOf(p, months, rules));
  const before = await storedFacts(tx, projectIds);
  await replaceFacts(tx, projectIds, after);
  await applyRollupDelta(tx, rollupDelta(before, after));
}

/**
 * Drops every fact and rollup after a bulk change (a large import, a change of rules): the months are built
 * again when next asked, outside the transaction of the change.
 */
export async function resetDispatch(tx: Tx): Promise<void> {
  await lockDispatchState(tx, "update");
  await truncateDispatch(tx);
  await setThroughMonth(tx, null);
}

/** Recomputes every fact and rollup of the months built so far, in place (kept rollups must equal its result). */
export async function rebuildDispatch(tx: Tx): Promise<void> {
  const through = await lockDispatchState(tx, "update");
  await deleteAllFacts(tx);
  await deleteRollups(tx);
  const start = await dispatchStartMonth(tx);
  if (!through || !start) return;
  await buildFacts(tx, monthRange(start, through), rulesOf(await readDispatchSettings(tx)));
  await rebuildRollups(tx, start, through);
}

/** Builds the months up to `month` when they are asked for the first time. */
export async function ensureDispatchThrough(db: Db, month: string): Promise<void> {
  const built = await lockDispatchState(db, "share");
  if (built && built >= month) return;
  await db.transaction(async (tx) => {
    const through = await lockDispatchState(tx, "update");
    if (through && through >= month) return;
    const start = await dispatchStartMonth(tx);
    if (!start) return;
    const next = through ? monthRange(through, month).slice(1) : monthRange(start, month);
    await buildFacts(tx, next, rulesOf(await readDispatchSettings(tx)));
    const first = next[0];
    if (first) await rebuildRollups(tx, first, month);
    await setThroughMonth(tx, month);
  });
}
