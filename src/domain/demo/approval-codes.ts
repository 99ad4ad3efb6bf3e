import type { ProjectLevel } from "../plan.js";
import { yearOf } from "./dates.js";
import type { Random } from "./random.js";
import type { ProjectSchedule, Timeline } from "./schedule.js";

/** Area block of approvals made at city level. */
export const CITY_AREA = "500000";

export interface CodeSubject {
  level: ProjectLevel;
  districtCode: string;
  ownerKind: "enterprise" | "institution";
  industries: readonly string[];
  schedule: ProjectSchedule;
}

/**
 * Whether a project has its 投资项目代码 yet: every project that has started does, so do most
 * reserve projects; projects still being planned do not.
 */
export function hasProjectCode(schedule: ProjectSchedule, random: Random): boolean {
  if (schedule.actualStart) return true;
  if (schedule.stage === "planning") return false;
  return random.chance(0.85);
}

/**
 * Issues a unique 投资项目代码 (YYYY-AAAAAA-II-TT-NNNNNN): the year it was filed (up to a year
 * before the start, never after the as-of date), the district or the city as approving area, an
 * industry division, the approval type (审批 for public bodies, mostly 备案 for enterprises), a serial.
 */
export function issueProjectCode(
  subject: CodeSubject,
  timeline: Timeline,
  random: Random,
  used: Set<string>,
): string {
  const { schedule } = subject;
  const startYear = yearOf((schedule.actualStart ?? schedule.plannedStart).month);
  const latest = Math.min(startYear, yearOf(timeline.asOf.month));
  const earliest = schedule.actualStart
    ? Math.max(startYear - 1, timeline.planStartYear - 3)
    : timeline.planStartYear;
  const year = random.int(Math.min(earliest, latest), latest);
  const area =
    subject.level === "district" || (subject.level === "municipal" && random.chance(0.5))
      ? subject.districtCode
      : CITY_AREA;
  const industry = random.pick(subject.industries);
  const type = subject.ownerKind === "institution" ? "01" : random.chance(0.15) ? "02" : "03";
  for (;;) {
    const serial = String(random.int(1, 999_999)).padStart(6, "0");
    const code = `${year}-${area}-${industry}-${type}-${serial}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}
