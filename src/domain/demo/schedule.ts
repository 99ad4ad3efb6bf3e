import type { PlanCategory, Stage } from "../lifecycle.js";
import { type DayDate, compareDays, monthIndex } from "./dates.js";
import type { Random } from "./random.js";
import { type Wan, approxYi } from "./units.js";

/** The calendar the demo lives in: the plan's first year and the as-of date. */
export interface Timeline {
  /** First year of the plan (2020): reports start in its January. */
  planStartYear: number;
  asOf: DayDate;
}

export interface ProjectSchedule {
  plannedStart: DayDate;
  plannedEnd: DayDate;
  actualStart: DayDate | null;
  actualEnd: DayDate | null;
  /** Planned duration in months. */
  plannedMonths: number;
  /** Duration in months the works really take (planned plus slippage); shapes the spending curve. */
  actualMonths: number;
  /** Slipped by a year or more: such projects report problems more often. */
  lagging: boolean;
  stage: Stage;
  suspendedFrom: Stage | null;
  /** Month of suspension, the last month a suspended project reports. */
  suspendedMonth: number | null;
}

const day = (random: Random) => random.int(1, 28);

/** Planned duration: 1–5 years, longer for larger projects. */
function plannedDuration(total: Wan, random: Random): number {
  const yi = approxYi(total);
  const [min, max] = yi >= 50 ? [30, 60] : yi >= 10 ? [24, 54] : yi >= 2 ? [12, 42] : [12, 30];
  return random.int(min, max);
}

/** Months of slippage: mostly a few, sometimes most of a year, now and then more. */
function slippage(random: Random): number {
  const r = random.next();
  if (r < 0.65) return random.int(0, 3);
  if (r < 0.88) return random.int(4, 10);
  return random.int(12, 22);
}

function startedAt(
  timeline: Timeline,
  category: PlanCategory,
  plannedStart: number,
  random: Random,
): number | null {
  const asOf = timeline.asOf.month;
  switch (category) {
    case "under_construction":
      return null;
    case "new_start": {
      const r = random.next();
      const start =
        plannedStart + (r < 0.8 ? random.int(0, 2) : r < 0.95 ? random.int(3, 12) : random.int(13, 26));
      return Math.min(start, asOf);
    }
    case "reserve": {
      if (plannedStart >= asOf || !random.chance(0.6)) return null;
      const start = plannedStart + random.int(0, 6);
      return start <= asOf ? start : null;
    }
  }
}

/** Stage as of the timeline's date, from the dates alone. */
export function stageFromDates(
  actualStart: DayDate | null,
  actualEnd: DayDate | null,
  asOf: DayDate,
  unstarted: "planning" | "reserve",
): Stage {
  if (!actualStart) return unstarted;
  if (actualEnd && compareDays(actualEnd, asOf) <= 0) return "completed";
  return actualStart.month > asOf.month - 3 ? "new_start" : "under_construction";
}

/**
 * Dates and stage of one project. Under-construction projects of the plan started in the three years
 * before it (and were still building when it was issued); new starts were planned for its first year
 * and mostly started then; reserve projects were planned for the following three years and some
 * have started. Durations are 1–5 years, with slippage on top.
 */
export function scheduleProject(
  category: PlanCategory,
  total: Wan,
  timeline: Timeline,
  random: Random,
): ProjectSchedule {
  const year = timeline.planStartYear;
  let plannedStart: number;
  let actual: number | null;
  let plannedMonths = plannedDuration(total, random);
  if (category === "under_construction") {
    const startYear = random.weighted([year - 3, year - 2, year - 1], [1, 2, 3]);
    actual = monthIndex(startYear, random.int(1, 12));
    plannedStart = actual - random.int(0, 3);
    const stillBuildingAtIssue = monthIndex(year, 4) - plannedStart;
    plannedMonths = Math.min(60, Math.max(plannedMonths, stillBuildingAtIssue + random.int(0, 12)));
  } else if (category === "new_start") {
    plannedStart = monthIndex(year, random.int(1, 12));
    actual = startedAt(timeline, category, plannedStart, random);
  } else {
    plannedStart = monthIndex(
      random.weighted([year + 1, year + 2, year + 3], [0.4, 0.35, 0.25]),
      random.int(1, 12),
    );
    actual = startedAt(timeline, category, plannedStart, random);
  }
  const delay = slippage(random);
  const actualMonths = plannedMonths + delay;
  const actualStart = actual === null ? null : { month: actual, day: day(random) };
  const end = actualStart ? { month: actualStart.month + actualMonths, day: day(random) } : null;
  const actualEnd = end && compareDays(end, timeline.asOf) <= 0 ? end : null;
  const unstarted = random.chance(0.25) ? "planning" : "reserve";
  return {
    plannedStart: {
      month: plannedStart,
      day: actualStart && actualStart.month === plannedStart ? actualStart.day : day(random),
    },
    plannedEnd: { month: plannedStart + plannedMonths, day: day(random) },
    actualStart,
    actualEnd,
    plannedMonths,
    actualMonths,
    lagging: delay >= 12,
    stage: stageFromDates(actualStart, actualEnd, timeline.asOf, unstarted),
    suspendedFrom: null,
    suspendedMonth: null,
  };
}
