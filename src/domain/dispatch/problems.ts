import type { Role } from "../access.js";

/**
 * Coordination of blocking problems (要素保障、问题协调): what a problem is about, where it stands,
 * which tier coordinates it, when it is overdue and how it climbs the ladder owner → district →
 * department → city. Pure rules; each decision comes with its reason in Chinese and English.
 */

export const PROBLEM_CATEGORIES = [
  "land",
  "power",
  "funds",
  "approvals",
  "data",
  "demolition",
  "other",
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export interface Bilingual {
  zh: string;
  en: string;
}

export const PROBLEM_CATEGORY_LABELS: Record<ProblemCategory, Bilingual> = {
  land: { zh: "用地", en: "Land" },
  power: { zh: "用电", en: "Power" },
  funds: { zh: "资金", en: "Funds" },
  approvals: { zh: "审批", en: "Approvals" },
  data: { zh: "数据", en: "Data" },
  demolition: { zh: "征地拆迁", en: "Land acquisition and demolition" },
  other: { zh: "其他", en: "Other" },
};

export const PROBLEM_STATUSES = ["open", "in_progress", "resolved"] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, Bilingual> = {
  open: { zh: "待处理", en: "Open" },
  in_progress: { zh: "处理中", en: "In progress" },
  resolved: { zh: "已解决", en: "Resolved" },
};

/** The coordination ladder, lowest first. */
export const PROBLEM_TIERS = ["owner", "district", "department", "city"] as const;
export type ProblemTier = (typeof PROBLEM_TIERS)[number];

export const PROBLEM_TIER_LABELS: Record<ProblemTier, Bilingual> = {
  owner: { zh: "业主", en: "Owner" },
  district: { zh: "区县", en: "District" },
  department: { zh: "行业主管部门", en: "Lead department" },
  city: { zh: "市级", en: "City" },
};

/** Calendar days a tier gets to settle a problem after it was escalated to it. */
export const DEFAULT_ESCALATION_DAYS = 10;

const tierIndex = (tier: ProblemTier) => PROBLEM_TIERS.indexOf(tier);

/** The tier above, or null at the city (the top). */
export function nextTier(tier: ProblemTier): ProblemTier | null {
  return PROBLEM_TIERS[tierIndex(tier) + 1] ?? null;
}

/** The tier each role coordinates at; the bank and the auditor coordinate nothing. */
const ROLE_TIER: Partial<Record<Role, ProblemTier>> = {
  owner: "owner",
  district: "district",
  department: "department",
  city_admin: "city",
};

/** The highest tier among a caller's roles, or null when none of them coordinates. */
export function highestTierOf(roles: readonly Role[]): ProblemTier | null {
  let best: ProblemTier | null = null;
  for (const role of roles) {
    const tier = ROLE_TIER[role];
    if (tier && (best === null || tierIndex(tier) > tierIndex(best))) best = tier;
  }
  return best;
}

/** A raiser places a problem at its own tier or below (the city anywhere). */
export function mayPlaceAt(roles: readonly Role[], tier: ProblemTier): boolean {
  const highest = highestTierOf(roles);
  return highest !== null && tierIndex(tier) <= tierIndex(highest);
}

/**
 * Who may mark a problem resolved: the city at any tier, otherwise the role that coordinates at the
 * problem's current tier (the owner at 业主, the district at 区县, the department at 行业主管部门).
 */
export function mayResolve(roles: readonly Role[], tier: ProblemTier): boolean {
  return roles.includes("city_admin") || roles.some((r) => ROLE_TIER[r] === tier);
}

const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A business date moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

export interface Overdue {
  overdue: boolean;
  /** Days past the due date; 0 when not overdue. */
  daysOverdue: number;
}

/** Unresolved with a due date before today (both Asia/Shanghai business dates) is overdue. */
export function overdueOf(problem: { status: ProblemStatus; dueDate: string }, today: string): Overdue {
  if (problem.status === "resolved" || problem.dueDate >= today) return { overdue: false, daysOverdue: 0 };
  return { overdue: true, daysOverdue: daysBetween(problem.dueDate, today) };
}

/** A change the rules refuse, with the reason in both languages. */
export interface Refusal {
  ok: false;
  code: "resolved" | "top_tier" | "same_status" | "not_allowed";
  reason: Bilingual;
}

export interface TierChange {
  ok: true;
  tier: ProblemTier;
  fromTier: ProblemTier;
  dueDate: string;
  reason: Bilingual;
}

const tierZh = (t: ProblemTier) => PROBLEM_TIER_LABELS[t].zh;
const tierEn = (t: ProblemTier) => PROBLEM_TIER_LABELS[t].en.toLowerCase();

function refuseEscalation(problem: { status: ProblemStatus; tier: ProblemTier }): Refusal | null {
  if (problem.status === "resolved") {
    return {
      ok: false,
      code: "resolved",
      reason: { zh: "问题已解决，无需提级", en: "the problem is resolved; there is nothing to escalate" },
    };
  }
  if (nextTier(problem.tier) === null) {
    return {
      ok: false,
      code: "top_tier",
      reason: { zh: "问题已在市级协调，不能再提级", en: "the problem is already coordinated by the city" },
    };
  }
  return null;
}

/**
 * Escalation by hand: one tier up, never past the city, with a new due date (by default
 * DEFAULT_ESCALATION_DAYS after today).
 */
export function escalation(
  problem: { status: ProblemStatus; tier: ProblemTier },
  today: string,
  dueDate: string = addDays(today, DEFAULT_ESCALATION_DAYS),
): TierChange | Refusal {
  const refused = refuseEscalation(problem);
  if (refused) return refused;
  const tier = nextTier(problem.tier) as ProblemTier;
  return {
    ok: true,
    tier,
    fromTier: problem.tier,
    dueDate,
    reason: {
      zh: `由${tierZh(problem.tier)}提级至${tierZh(tier)}协调，办结期限 ${dueDate}`,
      en: `escalated from the ${tierEn(problem.tier)} to the ${tierEn(tier)}, due ${dueDate}`,
    },
  };
}

/**
 * Automatic escalation of an overdue problem: one tier up with a new due date `days` calendar days
 * after today. Null when the problem is not overdue, is resolved, or already sits at the city.
 */
export function autoEscalation(
  problem: { status: ProblemStatus; tier: ProblemTier; dueDate: string },
  today: string,
  days: number = DEFAULT_ESCALATION_DAYS,
): TierChange | null {
  const { overdue, daysOverdue } = overdueOf(problem, today);
  if (!overdue || refuseEscalation(problem)) return null;
  const tier = nextTier(problem.tier) as ProblemTier;
  const dueDate = addDays(today, days);
  return {
    ok: true,
    tier,
    fromTier: problem.tier,
    dueDate,
    reason: {
      zh: `超过办结期限 ${problem.dueDate} 已 ${daysOverdue} 天未解决，自动由${tierZh(problem.tier)}提级至${tierZh(tier)}协调，新的办结期限 ${dueDate}`,
      en: `unresolved ${daysOverdue} days past its due date ${problem.dueDate}: escalated automatically from the ${tierEn(problem.tier)} to the ${tierEn(tier)}, now due ${dueDate}`,
    },
  };
}

/** The statuses a problem may be moved to by hand. */
export type StatusTarget = Exclude<ProblemStatus, "open">;

/**
 * Whether a status move is allowed: open → in progress, open or in progress → resolved, and
 * resolved → in progress (reopened). Null when allowed.
 */
export function statusChangeRefusal(from: ProblemStatus, to: StatusTarget): Refusal | null {
  if (from === to) {
    return {
      ok: false,
      code: "same_status",
      reason: {
        zh: `问题已是“${PROBLEM_STATUS_LABELS[to].zh}”状态`,
        en: `the problem is already ${PROBLEM_STATUS_LABELS[to].en.toLowerCase()}`,
      },
    };
  }
  return null;
}

/** The reason recorded for a status move. */
export function statusChangeReason(from: ProblemStatus, to: StatusTarget): Bilingual {
  if (from === "resolved") return { zh: "问题重新打开，继续处理", en: "reopened for further work" };
  if (to === "resolved") return { zh: "问题已解决", en: "resolved" };
  return { zh: "开始处理", en: "work started" };
}

/** Minimum length of the result text that resolving, and of the reason that reopening, must give. */
export const MIN_TEXT = 2;

/** What a status move must say: resolving needs the result, reopening the reason. */
export function statusTextRequired(from: ProblemStatus, to: StatusTarget): Bilingual | null {
  if (to === "resolved") return { zh: "解决问题须填写办理结果", en: "resolving needs the result" };
  if (from === "resolved") return { zh: "重新打开须说明原因", en: "reopening needs a reason" };
  return null;
}
