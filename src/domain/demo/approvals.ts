import { NOTICE_DAYS } from "../approvals/calendar-2020-2022.js";
import {
  APPROVAL_DEFAULTS,
  defaultApprovingBody,
  maxTargetDays,
  type ApprovalKind,
} from "../approvals/rules.js";
import {
  addCalendarDays,
  dayNumber,
  isWorkingDay,
  subtractWorkingDays,
  workingCalendar,
  type WorkingCalendar,
} from "../approvals/working-days.js";
import type { Random } from "./random.js";
import type { DemoApproval, DemoProject } from "./types.js";

/**
 * The approvals and filings of the demo projects, consistent with their dates. A project that started
 * in the plan's years has its whole chain completed before its actual start: the filing (备案), the
 * approval (核准) or the feasibility-study approval (审批) first, then, as the works need them, land-use
 * pre-review and the land-use planning permit, the EIA and energy-saving review, the works planning
 * permit and the construction permit. Most are done within the promised half of the statutory limit,
 * some late. A reserve project due to start by mid-2023 is part-way: its earlier steps done, the next
 * step open since a recent date (some within target, some overdue on the demo date), later steps not
 * yet applied for. Items are dated on working days from 2020-01-02, the first working day the
 * platform's calendar covers, none before the year of the project's investment code, and a filing
 * (which issues the code) in that year; a project whose chain cannot meet this (most of those under
 * way before the plan) carries none, its approvals predating the platform.
 */

const EARLIEST = "2020-01-02";
/** Reserve projects planned to start by this date have open items on the demo date. */
const ABOUT_TO_START_BY = "2023-06-30";

const calendar: WorkingCalendar = workingCalendar(NOTICE_DAYS);

export interface DemoApprovalContext {
  asOf: string;
  districtName: (code: string) => string | null;
}

/** Specials whose projects mostly need an energy-saving review (data centres, computing). */
const ENERGY_HEAVY = new Set(["COMP-1", "COMP-2"]);
/** Specials whose projects mostly sit in existing buildings and need no new land. */
const LIGHT_ON_LAND = new Set([
  "SEC-1",
  "SEC-2",
  "SEC-3",
  "TRANS-1",
  "TRANS-2",
  "TRANS-3",
  "TRANS-4",
  "APP-1",
]);
const FEN_PER_YI = 10_000_000_000n;

/** The kind of the first step, from the approval type in the project code (01 审批, 02 核准, 03 备案). */
function firstKindOf(code: string): ApprovalKind {
  const type = code.split("-")[3];
  return type === "01" ? "other" : type === "02" ? "approval" : "filing";
}

/** The steps in order, each a set of items applied for together. */
function chainOf(p: DemoProject & { code: string }, random: Random): ApprovalKind[][] {
  const first = firstKindOf(p.code);
  const land = random.chance(LIGHT_ON_LAND.has(p.specialCode) ? 0.25 : 0.6);
  const works = land || random.chance(0.6);
  const eia = random.chance(0.5);
  const energy = random.chance(
    ENERGY_HEAVY.has(p.specialCode) ? 0.9 : p.totalInvestmentFen >= 5n * FEN_PER_YI ? 0.4 : 0.1,
  );
  const steps: ApprovalKind[][] = [];
  // 用地预审 comes before a 核准 or 审批 (it is one of their conditions), after a 备案.
  if (land && first !== "filing") steps.push(["land_pre_review"], [first]);
  else steps.push([first], ...(land ? [["land_pre_review" as const]] : []));
  if (land) steps.push(["land_planning_permit"]);
  const reviews: ApprovalKind[] = [
    ...(eia ? ["eia" as const] : []),
    ...(energy ? ["energy_review" as const] : []),
  ];
  if (reviews.length) steps.push(reviews);
  if (works) steps.push(["works_planning_permit"], ["construction_permit"]);
  return steps;
}

/** Working days taken: mostly within the target, some late, a few beyond the law. */
function drawElapsed(kind: ApprovalKind, statutory: number, random: Random): number {
  const target = maxTargetDays(statutory);
  const r = random.next();
  if (kind === "filing") return r < 0.9 ? random.int(0, target) : random.int(target + 1, statutory);
  if (r < 0.8) return random.int(1, target);
  if (r < 0.95) return random.int(target + 1, statutory);
  return random.int(statutory + 1, statutory + Math.ceil(statutory / 2));
}

/** Working days an open item has run on the demo date: within target, at risk (80 % of it) or overdue. */
function drawOpenElapsed(target: number, random: Random): number {
  const withinMax = Math.ceil((target * 4) / 5) - 1;
  const r = random.next();
  if (r < 0.4 && withinMax >= 1) return random.int(1, withinMax);
  if (r < 0.6) return random.int(Math.max(1, withinMax + 1), Math.max(1, target));
  return random.int(target + 1, target + 30);
}

function latestWorkingDayOnOrBefore(date: string): string {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addCalendarDays(day, -1);
  return day;
}

interface Draft {
  kind: ApprovalKind;
  statutoryDays: number;
  submittedOn: string;
  completedOn: string | null;
  note: string;
}

function statutoryOf(kind: ApprovalKind, random: Random): { days: number; note: string } {
  if (kind === "eia")
    return random.chance(0.2) ? { days: 60, note: "环境影响报告书" } : { days: 30, note: "环境影响报告表" };
  if (kind === "other") return { days: APPROVAL_DEFAULTS.other.statutoryDays, note: "可行性研究报告审批" };
  return { days: APPROVAL_DEFAULTS[kind].statutoryDays, note: "" };
}

/**
 * Completed steps scheduled backwards: each step completes a few days before the earliest submission
 * of the step after it (or before `before`). The first step (filing or approval) falls in the year
 * its investment code was issued when the dates allow.
 */
function scheduleDone(steps: ApprovalKind[][], before: string, codeYear: number, random: Random): Draft[] {
  const drafts: Draft[] = [];
  let bound = before;
  for (let i = steps.length - 1; i >= 0; i--) {
    let earliest = bound;
    for (const kind of steps[i] ?? []) {
      const { days, note } = statutoryOf(kind, random);
      let completedOn = latestWorkingDayOnOrBefore(addCalendarDays(bound, -random.int(1, 25)));
      if (kind === "filing" || kind === "approval" || kind === "other") {
        const lo = `${codeYear}-01-02` > EARLIEST ? `${codeYear}-01-02` : EARLIEST;
        const hi = `${codeYear}-12-31` < completedOn ? `${codeYear}-12-31` : completedOn;
        if (lo <= hi) {
          const span = dayNumber(hi) - dayNumber(lo);
          const inYear = latestWorkingDayOnOrBefore(addCalendarDays(hi, -random.int(0, span)));
          if (inYear >= lo) completedOn = inYear;
        }
      }
      const elapsed = drawElapsed(kind, days, random);
      const submittedOn = elapsed === 0 ? completedOn : subtractWorkingDays(calendar, completedOn, elapsed);
      drafts.push({ kind, statutoryDays: days, submittedOn, completedOn, note });
      if (submittedOn < earliest) earliest = submittedOn;
    }
    bound = earliest;
  }
  return drafts.reverse();
}

/**
 * Whether the dates can stand: nothing before the platform's calendar starts, nothing applied for
 * before the project had its investment code, and a filing (which issues the code) in the code's year.
 */
function fitsPlatformAndCode(drafts: readonly Draft[], codeYear: number): boolean {
  const yearOf = (date: string) => Number(date.slice(0, 4));
  return drafts.every(
    (d) =>
      d.submittedOn >= EARLIEST &&
      yearOf(d.submittedOn) >= codeYear &&
      (d.kind !== "filing" || yearOf(d.completedOn ?? d.submittedOn) === codeYear),
  );
}

function toApproval(p: DemoProject, d: Draft, context: DemoApprovalContext): DemoApproval {
  return {
    projectKey: p.key,
    kind: d.kind,
    approvingBody: defaultApprovingBody(d.kind, {
      level: p.level,
      districtName: context.districtName(p.districtCode),
    }),
    statutoryDays: d.statutoryDays,
    targetDays: maxTargetDays(d.statutoryDays),
    submittedOn: d.submittedOn,
    completedOn: d.completedOn,
    commitment: d.kind === "filing" || (d.kind === "construction_permit" && d.completedOn !== null),
    note: d.note,
  };
}

/** The demo's approval items, project by project, from one random stream. */
export function demoApprovals(
  projects: readonly DemoProject[],
  context: DemoApprovalContext,
  random: Random,
): DemoApproval[] {
  const out: DemoApproval[] = [];
  for (const p of projects) {
    if (!p.code) continue;
    const project = { ...p, code: p.code };
    const codeYear = Number(p.code.slice(0, 4));
    let drafts: Draft[];
    if (p.actualStart) {
      if (p.actualStart < EARLIEST) continue;
      const steps = chainOf(project, random);
      drafts = scheduleDone(steps, p.actualStart, codeYear, random);
    } else if (p.stage === "reserve" && p.plannedStart <= ABOUT_TO_START_BY) {
      const steps = chainOf(project, random);
      if (steps.length < 2) continue;
      const open = random.int(1, steps.length - 1);
      const opened = (steps[open] ?? []).map((kind): Draft => {
        const { days, note } = statutoryOf(kind, random);
        const elapsed = drawOpenElapsed(maxTargetDays(days), random);
        const submittedOn = subtractWorkingDays(calendar, context.asOf, elapsed);
        return { kind, statutoryDays: days, submittedOn, completedOn: null, note };
      });
      const firstOpen = opened.reduce((min, d) => (d.submittedOn < min ? d.submittedOn : min), context.asOf);
      drafts = [...scheduleDone(steps.slice(0, open), firstOpen, codeYear, random), ...opened];
    } else continue;
    if (!fitsPlatformAndCode(drafts, codeYear)) continue;
    out.push(...drafts.map((d) => toApproval(p, d, context)));
  }
  return out;
}
