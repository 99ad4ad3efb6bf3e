import { monthIndex } from "./dates.js";
import type { Random } from "./random.js";
import type { ProjectSchedule, Timeline } from "./schedule.js";

/**
 * A few projects under construction are suspended part-way (they stop reporting then) and one or two
 * reserve projects are cancelled before starting. Returns new schedules; the others are unchanged.
 */
export function applyDisruptions(
  schedules: readonly ProjectSchedule[],
  timeline: Timeline,
  random: Random,
): ProjectSchedule[] {
  const result = [...schedules];
  const firstReport = monthIndex(timeline.planStartYear, 1);
  const building = result
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.stage === "under_construction" && s.actualStart !== null)
    .filter(({ s }) => Math.max(s.actualStart?.month ?? 0, firstReport) + 6 < timeline.asOf.month);
  for (const { s, i } of random.shuffle(building).slice(0, random.int(2, 4))) {
    const from = Math.max(s.actualStart?.month ?? 0, firstReport) + 4;
    result[i] = {
      ...s,
      stage: "suspended",
      suspendedFrom: "under_construction",
      suspendedMonth: random.int(from, timeline.asOf.month - 1),
    };
  }
  const waiting = result.map((s, i) => ({ s, i })).filter(({ s }) => s.stage === "reserve");
  for (const { s, i } of random.shuffle(waiting).slice(0, random.int(1, 2))) {
    result[i] = { ...s, stage: "cancelled" };
  }
  return result;
}
