import { invalidFields } from "../errors.js";
import type { Fen } from "../money.js";

/**
 * The monthly dispatch bulletin (调度通报) as data: everything its workbook and its printed copy show,
 * already in the caller's scope. Amounts are fen; rates are percent to one decimal, null when nothing
 * was due.
 */
export interface BulletinFigures {
  projects: number;
  plannedFen: Fen;
  monthFen: Fen;
  yearToDateFen: Fen;
  cumulativeFen: Fen;
  totalFen: Fen;
  completionRate: number | null;
  startsPlannedYear: number;
  startsDue: number;
  started: number;
  startRate: number | null;
  reportsDue: number;
  reported: number;
  red: number;
  yellow: number;
  green: number;
}

export interface BulletinGroup extends BulletinFigures {
  key: string;
  zh: string;
}

export interface BulletinMonth extends BulletinFigures {
  month: string;
}

/** Reporting of one district in the month. */
export interface BulletinReporting {
  code: string;
  zh: string;
  due: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface RedFlag {
  id: number;
  name: string;
  districtCode: string;
  districtZh: string;
  sectorZh: string;
  specialZh: string;
  /** Each reason in words, e.g. "年度投资完成率落后序时进度 32.1 个百分点". */
  reasons: string[];
}

export interface BulletinProblem {
  id: number;
  projectName: string;
  districtZh: string;
  category: string;
  title: string;
  responsibleUnit: string;
  tier: string;
  dueDate: string;
  /** Whole days past the due date on the bulletin's day; 0 or less when not overdue. */
  overdueDays: number;
}

export type IndicatorStanding = "met" | "on_track" | "behind" | "no_data";

export interface BulletinIndicator {
  code: string;
  zh: string;
  unit: string;
  /** The target in words, e.g. "≥80%" or "每年 3–5 个". */
  target: string;
  /** The value that stands as an exact decimal, where it comes from, and its period; null when none. */
  value: string | null;
  source: "recorded" | "computed" | null;
  period: string | null;
  /** Share of the target in percent, one decimal; null when a share means nothing. */
  progress: number | null;
  standing: IndicatorStanding;
}

export interface BulletinData {
  month: string;
  /** The business day the figures were read on (Asia/Shanghai): reports filed up to then count. */
  asOf: string;
  /** Whose projects, in words: "全市", "渝北区", … */
  scopeWords: string;
  totals: BulletinFigures;
  /** January up to the month. */
  series: BulletinMonth[];
  sectors: BulletinGroup[];
  districts: BulletinGroup[];
  reporting: {
    dueDate: string;
    totals: Omit<BulletinReporting, "code" | "zh">;
    byDistrict: BulletinReporting[];
  };
  redFlags: RedFlag[];
  problems: { open: number; overdue: number; items: BulletinProblem[] };
  indicators: BulletinIndicator[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month a bulletin is asked for, checked: YYYY-MM, and not after the current business month.
 * Errors name the field `month`, in both languages.
 */
export function bulletinMonth(text: string | undefined, today: string): string {
  const value = (text ?? "").trim();
  if (!MONTH.test(value))
    throw invalidFields([
      {
        field: "month",
        message: `月份须为 YYYY-MM 格式，如 2021-06（收到“${value}”）`,
        messageEn: `month must be YYYY-MM, e.g. 2021-06 (got "${value}")`,
      },
    ]);
  if (value > today.slice(0, 7))
    throw invalidFields([
      {
        field: "month",
        message: `不能生成未来月份（${value}）的通报`,
        messageEn: `no bulletin for a future month (${value})`,
      },
    ]);
  return value;
}

export interface Ranked<T> {
  item: T;
  /** 1 for the best; equal rates share a rank (1, 2, 2, 4); null when the rate is null. */
  rank: number | null;
}

/** Ranks groups by a rate, highest first; ties by the larger year-to-date investment, then by key. */
export function rankBy<T extends BulletinGroup>(
  groups: readonly T[],
  rate: "completionRate" | "startRate",
): Ranked<T>[] {
  const sorted = [...groups].sort((a, b) => {
    const ra = a[rate];
    const rb = b[rate];
    if (ra !== rb) return ra === null ? 1 : rb === null ? -1 : rb - ra;
    if (a.yearToDateFen !== b.yearToDateFen) return a.yearToDateFen > b.yearToDateFen ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  let rank = 0;
  return sorted.map((item, i) => {
    const value = item[rate];
    if (value === null) return { item, rank: null };
    if (i === 0 || sorted[i - 1]![rate] !== value) rank = i + 1;
    return { item, rank };
  });
}

export interface DistrictRank {
  district: BulletinGroup;
  completionRank: number | null;
  startRank: number | null;
  reporting: BulletinReporting | null;
}

/** Districts in order of completion rate, each with its completion and start ranks and its reporting. */
export function districtRanking(data: Pick<BulletinData, "districts" | "reporting">): DistrictRank[] {
  const startRanks = new Map(rankBy(data.districts, "startRate").map((r) => [r.item.key, r.rank]));
  const reporting = new Map(data.reporting.byDistrict.map((r) => [r.code, r]));
  return rankBy(data.districts, "completionRate").map(({ item, rank }) => ({
    district: item,
    completionRank: rank,
    startRank: startRanks.get(item.key) ?? null,
    reporting: reporting.get(item.key) ?? null,
  }));
}

/** Red-flag projects grouped by district (in code order), then by project number. */
export function orderRedFlags(flags: readonly RedFlag[]): RedFlag[] {
  return [...flags].sort((a, b) =>
    a.districtCode < b.districtCode ? -1 : a.districtCode > b.districtCode ? 1 : a.id - b.id,
  );
}

/** Open problems with the most overdue first, then by due date and number. */
export function orderProblems(problems: readonly BulletinProblem[]): BulletinProblem[] {
  return [...problems].sort(
    (a, b) =>
      Math.max(b.overdueDays, 0) - Math.max(a.overdueDays, 0) ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id),
  );
}
