import { allocate } from "./allocate.js";
import { formatMonth, monthIndex, monthOfYear, monthsBetween, yearOf } from "./dates.js";
import type { Random } from "./random.js";
import { PANDEMIC_PROBLEM, problemText, progressText, suspensionText } from "./report-texts.js";
import type { ProjectSchedule, Timeline } from "./schedule.js";
import type { WorksKind } from "./special-profiles.js";
import type { DemoReport } from "./types.js";
import { type Wan, shareOf, wanToFen } from "./units.js";

/** Cumulative share of the works done at a fraction of their duration (smoothstep S-curve). */
export function spendingCurve(fraction: number): number {
  const x = Math.min(Math.max(fraction, 0), 1);
  return x * x * (3 - 2 * x);
}

/** Largest share of the total a project may have completed before the first report. */
const MAX_OPENING_SHARE = 0.85;

/**
 * Investment completed before the first report month, for projects that started earlier: the share
 * the spending curve gives for the time elapsed, give or take, at least one 万元.
 */
export function openingCompleted(
  total: Wan,
  schedule: ProjectSchedule,
  timeline: Timeline,
  random: Random,
): Wan {
  const firstReport = monthIndex(timeline.planStartYear, 1);
  const start = schedule.actualStart?.month;
  if (start === undefined || start >= firstReport) return 0n;
  const elapsed = (firstReport - start) / schedule.actualMonths;
  const share = Math.min(
    Math.max(spendingCurve(elapsed) * random.between(0.85, 1.15), 0.02),
    MAX_OPENING_SHARE,
  );
  const opening = shareOf(total, share);
  return opening > 0n ? opening : 1n;
}

const SEASON = [0.85, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.25];

function isPandemicMonth(month: number): boolean {
  const y = yearOf(month);
  const m = monthOfYear(month);
  return (y === 2020 && m >= 2 && m <= 4) || (y === 2022 && m >= 9 && m <= 11);
}

export interface ReportSubject {
  key: string;
  total: Wan;
  opening: Wan;
  schedule: ProjectSchedule;
  works: WorksKind;
}

/**
 * Monthly reports from the later of the actual start and the first report month, to the earlier of
 * the actual end and the as-of month (to the suspension month for suspended projects). Completed
 * projects report their whole remaining investment and end at exactly 100 %; the others stay below
 * their total. Amounts are whole 万元, split by the spending curve with monthly noise.
 */
export function monthlyReports(subject: ReportSubject, timeline: Timeline, random: Random): DemoReport[] {
  const { schedule, total, opening } = subject;
  const start = schedule.actualStart?.month;
  if (start === undefined) return [];
  const first = Math.max(start, monthIndex(timeline.planStartYear, 1));
  const last =
    schedule.suspendedMonth ??
    Math.min(schedule.actualEnd?.month ?? timeline.asOf.month, timeline.asOf.month);
  const months = monthsBetween(first, last);
  const completed = schedule.stage === "completed";
  const duration = schedule.actualMonths;

  let reached = total;
  if (!completed) {
    const done =
      spendingCurve((last - start + 1) / duration) *
      random.between(0.85, 1.05) *
      (schedule.lagging ? 0.8 : 1);
    reached = shareOf(total, Math.min(done, 0.95));
    if (reached < opening) reached = opening;
    if (reached >= total) reached = total - 1n;
  }
  const spent = reached - opening;

  const weights = months.map((m, i) => {
    if (i < months.length - 1 && random.chance(0.05)) return 0;
    const step = spendingCurve((m - start + 1) / duration) - spendingCurve((m - start) / duration);
    return (step + 0.15 / duration) * random.between(0.6, 1.4) * (SEASON[monthOfYear(m) - 1] ?? 1);
  });
  // A completed project's last unit lands in its last month, so 100 % is reached exactly then.
  const amounts = completed && spent > 0n ? allocate(spent - 1n, weights) : allocate(spent, weights);
  if (completed && spent > 0n) amounts[amounts.length - 1] = (amounts[amounts.length - 1] ?? 0n) + 1n;

  let cumulative = opening;
  return months.map((month, i): DemoReport => {
    const invested = amounts[i] ?? 0n;
    cumulative += invested;
    const isLast = i === months.length - 1;
    const progressPct = completed && isLast ? 100 : Math.min(99, Number((cumulative * 100n) / total));
    let problems: string | null = null;
    if (schedule.suspendedMonth === month) problems = suspensionText(random);
    else if (isPandemicMonth(month) && random.chance(0.2)) problems = PANDEMIC_PROBLEM;
    else if (random.chance(schedule.lagging ? 0.18 : 0.05)) problems = problemText(random);
    return {
      projectKey: subject.key,
      month: formatMonth(month),
      investedFen: wanToFen(invested),
      progressPct,
      progressText:
        schedule.suspendedMonth === month ? "项目暂停" : progressText(subject.works, progressPct, random),
      problems,
    };
  });
}
