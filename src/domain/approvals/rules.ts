import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from "./working-days.js";

/**
 * Approvals and filings of a project (审批、核准、备案 and the permits that follow), each with its
 * statutory time limit (法定办结时限) and the plan's promise to finish at least 50 % faster: the target
 * is at most half the statutory limit, rounded down. All limits are in working days (see
 * working-days.ts for how they are counted).
 */

export const APPROVAL_KINDS = [
  "filing",
  "approval",
  "land_pre_review",
  "land_planning_permit",
  "works_planning_permit",
  "eia",
  "energy_review",
  "construction_permit",
  "other",
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, { zh: string; en: string }> = {
  filing: { zh: "项目备案", en: "Project filing" },
  approval: { zh: "项目核准", en: "Project approval" },
  land_pre_review: { zh: "用地预审", en: "Land-use pre-review" },
  land_planning_permit: { zh: "建设用地规划许可", en: "Land-use planning permit" },
  works_planning_permit: { zh: "建设工程规划许可", en: "Works planning permit" },
  eia: { zh: "环境影响评价", en: "Environmental impact assessment" },
  energy_review: { zh: "节能审查", en: "Energy-saving review" },
  construction_permit: { zh: "施工许可", en: "Construction permit" },
  other: { zh: "其他审批", en: "Other approval" },
};

/** Who decides a kind of item: a body of the city, or of the project's district. */
type BodyFamily =
  "development_reform" | "planning_resources" | "ecology_environment" | "housing_construction";

const BODY_NAMES: Record<BodyFamily, { city: string; district: string }> = {
  development_reform: { city: "市发展改革委", district: "发展改革委" },
  planning_resources: { city: "市规划自然资源局", district: "规划自然资源局" },
  ecology_environment: { city: "市生态环境局", district: "生态环境局" },
  housing_construction: { city: "市住房城乡建委", district: "住房城乡建委" },
};

export interface ApprovalDefault {
  /** Working days; a default the city may change item by item, not a statement of the law. */
  statutoryDays: number;
  body: BodyFamily;
  /** Where the default comes from, in words. */
  basis: { zh: string; en: string };
}

/**
 * Editable defaults, not law: the limit a new item starts with when the one recording it gives
 * none. They follow the usual national rules read as working days; local rules and the kind of
 * report (e.g. an EIA report book rather than a report form) differ, and the recorder corrects them.
 */
export const APPROVAL_DEFAULTS: Record<ApprovalKind, ApprovalDefault> = {
  filing: {
    statutoryDays: 5,
    body: "development_reform",
    basis: {
      zh: "企业投资项目备案为告知性备案，即报即办；平台按 5 个工作日默认",
      en: "Filing of enterprise investment is by notification, on receipt; the platform defaults to 5 working days",
    },
  },
  approval: {
    statutoryDays: 20,
    body: "development_reform",
    basis: {
      zh: "《企业投资项目核准和备案管理条例》：受理之日起 20 个工作日",
      en: "Regulation on approval and filing of enterprise investment projects: 20 working days from acceptance",
    },
  },
  land_pre_review: {
    statutoryDays: 20,
    body: "planning_resources",
    basis: {
      zh: "《建设项目用地预审管理办法》：受理之日起 20 日",
      en: "Measures on land-use pre-review of construction projects: 20 days from acceptance",
    },
  },
  land_planning_permit: {
    statutoryDays: 20,
    body: "planning_resources",
    basis: {
      zh: "《行政许可法》一般时限 20 日",
      en: "General limit of the Administrative Licensing Law: 20 days",
    },
  },
  works_planning_permit: {
    statutoryDays: 20,
    body: "planning_resources",
    basis: {
      zh: "《行政许可法》一般时限 20 日",
      en: "General limit of the Administrative Licensing Law: 20 days",
    },
  },
  eia: {
    statutoryDays: 30,
    body: "ecology_environment",
    basis: {
      zh: "《环境影响评价法》：报告表 30 日（报告书 60 日，登记表备案即办）",
      en: "EIA Law: 30 days for a report form (60 for a report book; a registration form on filing)",
    },
  },
  energy_review: {
    statutoryDays: 20,
    body: "development_reform",
    basis: {
      zh: "《固定资产投资项目节能审查办法》，按 20 个工作日默认",
      en: "Measures on energy-saving review of fixed-asset investment projects; 20 working days by default",
    },
  },
  construction_permit: {
    statutoryDays: 7,
    body: "housing_construction",
    basis: {
      zh: "《建筑工程施工许可管理办法》：收到申请之日起 7 日",
      en: "Measures on construction permits for building works: 7 days from receipt",
    },
  },
  other: {
    statutoryDays: 20,
    body: "development_reform",
    basis: {
      zh: "《行政许可法》一般时限 20 日",
      en: "General limit of the Administrative Licensing Law: 20 days",
    },
  },
};

/** The longest statutory limit an item may carry, in working days (about a year and a half). */
export const MAX_STATUTORY_DAYS = 365;

/** The plan's promise: done in at most half the statutory time (提速 50 % 以上). */
export const PLAN_SPEEDUP_PERCENT = 50;

/** The longest target a statutory limit allows: half of it, rounded down. */
export function maxTargetDays(statutoryDays: number): number {
  return Math.floor(statutoryDays / 2);
}

/**
 * The default approving body of a kind for a project: the city's body for national and municipal
 * projects, the district's for district projects (e.g. 渝北区发展改革委).
 */
export function defaultApprovingBody(
  kind: ApprovalKind,
  project: { level: string; districtName: string | null },
): string {
  const names = BODY_NAMES[APPROVAL_DEFAULTS[kind].body];
  return project.level === "district" && project.districtName
    ? `${project.districtName}${names.district}`
    : names.city;
}

export const APPROVAL_STATUSES = [
  "done_within_target",
  "done_late",
  "open_within_target",
  "open_at_risk",
  "open_overdue",
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, { zh: string; en: string }> = {
  done_within_target: { zh: "按承诺时限办结", en: "Done within target" },
  done_late: { zh: "超承诺时限办结", en: "Done late" },
  open_within_target: { zh: "办理中", en: "Open, within target" },
  open_at_risk: { zh: "临近时限", en: "Open, at risk" },
  open_overdue: { zh: "已超时限", en: "Open, overdue" },
};

/** Share of the target after which an open item is at risk: 80 %. */
export const AT_RISK_NUMERATOR = 4;
export const AT_RISK_DENOMINATOR = 5;

export interface ApprovalDates {
  submittedOn: string;
  /** Null while open. */
  completedOn: string | null;
  statutoryDays: number;
  targetDays: number;
}

export interface ApprovalStanding {
  status: ApprovalStatus;
  /** Working days used: to the completion, or to the as-of date while open. */
  elapsedDays: number;
  /** The last working day within the target / the statutory limit. */
  targetDue: string;
  statutoryDue: string;
  /** Working days past the target (0 within it). */
  workingDaysOverdue: number;
}

/**
 * Where an item stands on `asOf`: done when completed on or before that date, within target when it
 * took no more working days than the target; an open one is at risk once it has used 80 % of the
 * target, overdue once past it.
 */
export function approvalStanding(
  item: ApprovalDates,
  asOf: string,
  calendar: WorkingCalendar,
): ApprovalStanding {
  const done = item.completedOn !== null && item.completedOn <= asOf;
  const end = done && item.completedOn !== null ? item.completedOn : asOf;
  const elapsedDays = workingDaysBetween(calendar, item.submittedOn, end);
  const target = item.targetDays;
  let status: ApprovalStatus;
  if (done) status = elapsedDays <= target ? "done_within_target" : "done_late";
  else if (elapsedDays > target) status = "open_overdue";
  else if (elapsedDays * AT_RISK_DENOMINATOR >= target * AT_RISK_NUMERATOR) status = "open_at_risk";
  else status = "open_within_target";
  return {
    status,
    elapsedDays,
    targetDue: addWorkingDays(calendar, item.submittedOn, target),
    statutoryDue: addWorkingDays(calendar, item.submittedOn, item.statutoryDays),
    workingDaysOverdue: Math.max(0, elapsedDays - target),
  };
}

/**
 * For an item still open on `asOf` and past its target: the last day of the target and how many
 * working days it is over. Null for an item done by then, or still within its target.
 */
export function approvalOverdue(
  item: Omit<ApprovalDates, "statutoryDays">,
  asOf: string,
  calendar: WorkingCalendar,
): { targetDue: string; workingDaysOverdue: number } | null {
  if (item.completedOn !== null && item.completedOn <= asOf) return null;
  const elapsed = workingDaysBetween(calendar, item.submittedOn, asOf);
  if (elapsed <= item.targetDays) return null;
  return {
    targetDue: addWorkingDays(calendar, item.submittedOn, item.targetDays),
    workingDaysOverdue: elapsed - item.targetDays,
  };
}
