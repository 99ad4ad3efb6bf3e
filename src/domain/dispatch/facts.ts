import { assessProjectMonth, building, type WarningLevel, type WarningRules } from "./warnings.js";

/** A project as the dispatch figures see it, with its annual plans and current monthly reports. */
export interface FactProject {
  id: number;
  sectorCode: string;
  specialCode: string;
  districtCode: string;
  stage: string;
  level: string;
  /** Departments whose scope holds the project, the one it is counted under first. */
  departmentIds: number[];
  plannedStart: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  totalFen: bigint;
  openingFen: bigint;
  annualPlanFen: Map<number, bigint>;
  /** Current versions only, oldest first. */
  reports: { month: string; investedFen: bigint; progressPct: number; submittedOn: string | null }[];
}

/** One project in one month, as the dashboard adds it up. */
export interface DispatchFact {
  projectId: number;
  month: string;
  sectorCode: string;
  specialCode: string;
  districtCode: string;
  stage: string;
  level: string;
  departmentIds: number[];
  plannedFen: bigint;
  monthFen: bigint;
  yearToDateFen: bigint;
  cumulativeFen: bigint;
  totalFen: bigint;
  startPlannedYear: boolean;
  startDue: boolean;
  started: boolean;
  reportDue: boolean;
  reported: boolean;
  baseLevel: WarningLevel;
}

/** Every month from `from` to `to`, inclusive (YYYY-MM). */
export function monthRange(from: string, to: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

/**
 * The project's facts for each month asked (ascending). The warning level leaves out the missing-report
 * rule, the one finding that changes with the day asked: the rollups keep unreported projects apart so the
 * reader can apply it once the deadline has passed.
 */
export function factsOf(p: FactProject, months: string[], rules: WarningRules): DispatchFact[] {
  const byMonth = new Map(p.reports.map((r) => [r.month, r]));
  const out: DispatchFact[] = [];
  let cumulative = p.openingFen;
  let ytd = 0n;
  let reportIndex = 0;
  let year = 0;
  for (const month of months) {
    const y = Number(month.slice(0, 4));
    if (y !== year) {
      year = y;
      ytd = 0n;
    }
    // Reports before the first month asked still count toward the cumulative and year-to-date amounts.
    while (reportIndex < p.reports.length && p.reports[reportIndex]!.month <= month) {
      const r = p.reports[reportIndex]!;
      cumulative += r.investedFen;
      if (Number(r.month.slice(0, 4)) === y) ytd += r.investedFen;
      reportIndex++;
    }
    const report = byMonth.get(month);
    const plannedFen = p.annualPlanFen.get(y) ?? 0n;
    const plannedMonth = p.plannedStart?.slice(0, 7) ?? null;
    const startDue = plannedMonth !== null && plannedMonth >= `${y}-01` && plannedMonth <= month;
    const { level } = assessProjectMonth(
      {
        month,
        // The first of the month is never past its deadline, so a missing report does not count here.
        today: `${month}-01`,
        stage: p.stage,
        plannedStart: p.plannedStart,
        actualStart: p.actualStart,
        actualEnd: p.actualEnd,
        annualPlanFen: plannedFen,
        yearToDateFen: ytd,
        // The rules look back at most over the stall window; the month's own report is the last one.
        reports: p.reports.slice(Math.max(0, reportIndex - rules.stallReports - 1), reportIndex),
      },
      rules,
    );
    out.push({
      projectId: p.id,
      month,
      sectorCode: p.sectorCode,
      specialCode: p.specialCode,
      districtCode: p.districtCode,
      stage: p.stage,
      level: p.level,
      departmentIds: p.departmentIds,
      plannedFen,
      monthFen: report?.investedFen ?? 0n,
      yearToDateFen: ytd,
      cumulativeFen: cumulative,
      totalFen: p.totalFen,
      startPlannedYear: plannedMonth !== null && plannedMonth.startsWith(`${y}-`),
      startDue,
      started: startDue && p.actualStart !== null && p.actualStart.slice(0, 7) <= month,
      reportDue: building({ month, stage: p.stage, actualStart: p.actualStart, actualEnd: p.actualEnd }),
      reported: report !== undefined,
      baseLevel: level,
    });
  }
  return out;
}
