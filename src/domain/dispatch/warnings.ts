import { formatAmount, type Fen } from "../money.js";

/** Red / yellow / green, worst first when sorted by SEVERITY. */
export type WarningLevel = "red" | "yellow" | "green";
export const SEVERITY: Record<WarningLevel, number> = { red: 2, yellow: 1, green: 0 };

/** The configurable thresholds; defaults follow the dispatch rules of the plan's tiered monthly scheduling. */
export interface WarningRules {
  /** Percentage points behind the straight-line (序时) share of the annual plan: yellow above, red above. */
  paceYellowPoints: number;
  paceRedPoints: number;
  /** Months after the planned start month without a start: yellow from 0 (missed the month), red from this. */
  startDelayRedMonths: number;
  /** Consecutive reports without progress that make a stall. */
  stallReports: number;
  /** Day of the following month by which a report is due. */
  reportDueDay: number;
}

export const DEFAULT_RULES: WarningRules = {
  paceYellowPoints: 10,
  paceRedPoints: 30,
  startDelayRedMonths: 3,
  stallReports: 2,
  reportDueDay: 5,
};

export type WarningRule =
  | "pace"
  | "start_delay"
  | "stall"
  | "missing_report"
  | "late_report"
  | "coordination_overdue"
  | "approval_overdue";

export interface WarningReason {
  rule: WarningRule;
  level: Exclude<WarningLevel, "green">;
  zh: string;
  en: string;
  /** The numbers behind the reason, for tables and drill-down. */
  numbers: Record<string, string | number>;
}

/** What the rules look at for one project in one month. */
export interface ProjectMonth {
  month: string; // YYYY-MM being assessed
  /** Today (YYYY-MM-DD, Asia/Shanghai): decides whether a report is due yet. */
  today: string;
  stage: string;
  plannedStart: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  /** The annual plan amount for the month's year. */
  annualPlanFen: bigint;
  /** Completed this year up to and including the month. */
  yearToDateFen: bigint;
  /** The project's reports up to the month, oldest first (current versions only). */
  reports: { month: string; investedFen: bigint; progressPct: number; submittedOn: string | null }[];
  /** Coordination problems still open and past their due date at the month's end (or today, if sooner). */
  overdueProblems?: OverdueProblem[];
  /** Approvals and filings open past their target (working days) on the same day. */
  overdueApprovals?: OverdueApprovalItem[];
}

export interface OverdueApprovalItem {
  /** The kind in words, e.g. 项目核准. */
  kindZh: string;
  kindEn: string;
  approvingBody: string;
  targetDue: string;
  workingDaysOverdue: number;
}

/** An approval this many working days past its target makes the project red; fewer, yellow. */
export const APPROVAL_RED_WORKING_DAYS = 10;

export interface OverdueProblem {
  title: string;
  dueDate: string;
  daysOverdue: number;
}

/** A problem overdue this many days makes the project red; fewer, yellow. */
export const PROBLEM_RED_DAYS = 30;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthsBetween = (from: string, to: string) => monthIndex(to) - monthIndex(from);
const wan = (v: bigint) => formatAmount(v as Fen, "wan", 2);

/** The date a month's report is due: the given day of the following month. */
export function reportDueDate(month: string, dueDay: number): string {
  const next = monthIndex(month) + 1;
  const y = Math.floor(next / 12);
  const m = (next % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}-${String(dueDay).padStart(2, "0")}`;
}

/** Started by the month and not finished before it: a monthly report is due. */
export function building(p: Pick<ProjectMonth, "month" | "stage" | "actualStart" | "actualEnd">): boolean {
  const started = p.actualStart !== null && p.actualStart.slice(0, 7) <= p.month;
  const ended = p.actualEnd !== null && p.actualEnd.slice(0, 7) < p.month;
  return started && !ended && p.stage !== "cancelled";
}

/** 序时进度: how far the year-to-date amount trails the straight-line share of the annual plan. */
function pace(p: ProjectMonth, rules: WarningRules): WarningReason | null {
  if (!building(p) || p.annualPlanFen <= 0n) return null;
  const elapsed = Number(p.month.slice(5, 7));
  // Points behind = (elapsed/12 − ytd/plan) × 100, in integer arithmetic on hundredths of a point.
  const expectedHundredths = (BigInt(elapsed) * 10_000n) / 12n;
  const actualHundredths = (p.yearToDateFen * 10_000n) / p.annualPlanFen;
  const behind = Number(expectedHundredths - actualHundredths) / 100;
  if (behind <= rules.paceYellowPoints) return null;
  const level = behind > rules.paceRedPoints ? "red" : "yellow";
  const expectedPct = Number(expectedHundredths) / 100;
  const actualPct = Number(actualHundredths) / 100;
  return {
    rule: "pace",
    level,
    zh: `投资进度滞后序时 ${behind.toFixed(1)} 个百分点：年度计划 ${wan(p.annualPlanFen)} 万元，序时应完成 ${expectedPct.toFixed(1)}%，实际完成 ${wan(p.yearToDateFen)} 万元（${actualPct.toFixed(1)}%）`,
    en: `investment ${behind.toFixed(1)} points behind the straight-line pace: annual plan ${wan(p.annualPlanFen)} wan yuan, ${expectedPct.toFixed(1)}% due by now, ${wan(p.yearToDateFen)} wan yuan done (${actualPct.toFixed(1)}%)`,
    numbers: {
      behindPoints: Number(behind.toFixed(2)),
      expectedPct,
      actualPct,
      annualPlanFen: p.annualPlanFen.toString(),
      yearToDateFen: p.yearToDateFen.toString(),
    },
  };
}

/** A project planned to start by this month that has not started. */
function startDelay(p: ProjectMonth, rules: WarningRules): WarningReason | null {
  if (!p.plannedStart || p.stage === "cancelled" || p.stage === "completed") return null;
  const plannedMonth = p.plannedStart.slice(0, 7);
  if (plannedMonth > p.month) return null;
  if (p.actualStart !== null && p.actualStart.slice(0, 7) <= p.month) return null;
  const late = monthsBetween(plannedMonth, p.month);
  const level = late >= rules.startDelayRedMonths ? "red" : "yellow";
  return {
    rule: "start_delay",
    level,
    zh:
      late === 0
        ? `计划 ${plannedMonth} 开工，本月尚未开工`
        : `计划 ${plannedMonth} 开工，已延迟 ${late} 个月未开工`,
    en:
      late === 0
        ? `planned to start in ${plannedMonth}, not started this month`
        : `planned to start in ${plannedMonth}, still not started ${late} month(s) later`,
    numbers: { plannedMonth, monthsLate: late },
  };
}

/** The last reports show no investment and no physical progress. */
function stall(p: ProjectMonth, rules: WarningRules): WarningReason | null {
  if (!building(p)) return null;
  const recent = p.reports.filter((r) => r.month <= p.month).slice(-(rules.stallReports + 1));
  if (recent.length < rules.stallReports + 1) return null;
  const [base, ...last] = recent;
  if (!base || last.some((r) => r.investedFen > 0n || r.progressPct > base.progressPct)) return null;
  return {
    rule: "stall",
    level: "yellow",
    zh: `连续 ${rules.stallReports} 期月报无投资、形象进度停留在 ${base.progressPct}%`,
    en: `no investment and physical progress stuck at ${base.progressPct}% for ${rules.stallReports} reports`,
    numbers: { reports: rules.stallReports, progressPct: base.progressPct },
  };
}

/** The month's report is missing after its due date, or came in late. */
function reporting(p: ProjectMonth, rules: WarningRules): WarningReason | null {
  if (!building(p)) return null;
  const due = reportDueDate(p.month, rules.reportDueDay);
  const report = p.reports.find((r) => r.month === p.month);
  if (!report) {
    if (p.today <= due) return null;
    return {
      rule: "missing_report",
      level: "red",
      zh: `${p.month} 月报逾期未报（应于 ${due} 前报送）`,
      en: `the ${p.month} report is missing (due by ${due})`,
      numbers: { due },
    };
  }
  if (report.submittedOn && report.submittedOn > due) {
    return {
      rule: "late_report",
      level: "yellow",
      zh: `${p.month} 月报迟报：${report.submittedOn} 报送，应于 ${due} 前`,
      en: `the ${p.month} report came in late: ${report.submittedOn}, due by ${due}`,
      numbers: { due, submittedOn: report.submittedOn },
    };
  }
  return null;
}

/** Coordination problems left open past their due date (要素保障、问题协调). */
export function coordinationOverdue(problems: OverdueProblem[] | undefined): WarningReason | null {
  if (!problems?.length) return null;
  const worst = problems.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a));
  const level = worst.daysOverdue >= PROBLEM_RED_DAYS ? "red" : "yellow";
  return {
    rule: "coordination_overdue",
    level,
    zh: `${problems.length} 个协调问题逾期未解决，最久的“${worst.title}”应于 ${worst.dueDate} 前解决，已逾期 ${worst.daysOverdue} 天`,
    en: `${problems.length} coordination problem(s) overdue; the oldest, "${worst.title}", was due by ${worst.dueDate}, ${worst.daysOverdue} day(s) ago`,
    numbers: { problems: problems.length, dueDate: worst.dueDate, daysOverdue: worst.daysOverdue },
  };
}

/** Approvals or filings left open past their target (the plan's 提速50% promise). */
export function approvalOverdue(items: OverdueApprovalItem[] | undefined): WarningReason | null {
  if (!items?.length) return null;
  const worst = items.reduce((a, b) => (b.workingDaysOverdue > a.workingDaysOverdue ? b : a));
  const level = worst.workingDaysOverdue >= APPROVAL_RED_WORKING_DAYS ? "red" : "yellow";
  return {
    rule: "approval_overdue",
    level,
    zh: `${items.length} 项审批逾期未办结，最久的${worst.kindZh}（${worst.approvingBody}）应于 ${worst.targetDue} 前办结，已超 ${worst.workingDaysOverdue} 个工作日`,
    en: `${items.length} approval(s) past their target; the longest, ${worst.kindEn} (${worst.approvingBody}), was due by ${worst.targetDue}, ${worst.workingDaysOverdue} working day(s) ago`,
    numbers: {
      approvals: items.length,
      targetDue: worst.targetDue,
      workingDaysOverdue: worst.workingDaysOverdue,
    },
  };
}

/** Every rule's finding for a project-month, and the worst level among them (green when none fires). */
export function assessProjectMonth(
  p: ProjectMonth,
  rules: WarningRules = DEFAULT_RULES,
): { level: WarningLevel; reasons: WarningReason[] } {
  const reasons = [
    pace(p, rules),
    startDelay(p, rules),
    stall(p, rules),
    reporting(p, rules),
    coordinationOverdue(p.overdueProblems),
    approvalOverdue(p.overdueApprovals),
  ].filter((r): r is WarningReason => r !== null);
  const level = reasons.reduce<WarningLevel>(
    (worst, r) => (SEVERITY[r.level] > SEVERITY[worst] ? r.level : worst),
    "green",
  );
  return { level, reasons };
}
