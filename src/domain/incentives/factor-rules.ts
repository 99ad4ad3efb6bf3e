import { AppError } from "../errors.js";

/**
 * A factor request (要素保障申请): an owner asks for a non-monetary support of the plan on a project;
 * the request goes to the unit responsible, and the city, the district or the lead department records
 * its handling until a result: resolved (办结) or declined (不予支持). The owner may withdraw it.
 */
export const FACTOR_STATUSES = ["open", "in_progress", "resolved", "declined", "withdrawn"] as const;
export type FactorStatus = (typeof FACTOR_STATUSES)[number];

export const FACTOR_STATUS_LABELS: Record<FactorStatus, { zh: string; en: string }> = {
  open: { zh: "待受理", en: "Open" },
  in_progress: { zh: "办理中", en: "In progress" },
  resolved: { zh: "已办结", en: "Resolved" },
  declined: { zh: "不予支持", en: "Declined" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

export const CLOSED_FACTOR_STATUSES: readonly FactorStatus[] = ["resolved", "declined", "withdrawn"];

/** Days a request has by default before it is overdue. */
export const FACTOR_DEFAULT_DAYS = 30;

export type FactorActor = "owner" | "handler";

const NEXT: Record<FactorStatus, Partial<Record<FactorStatus, FactorActor>>> = {
  open: { in_progress: "handler", resolved: "handler", declined: "handler", withdrawn: "owner" },
  in_progress: { resolved: "handler", declined: "handler", withdrawn: "owner" },
  resolved: {},
  declined: {},
  withdrawn: {},
};

/** Refuses a move the request's state or the caller's part does not allow. */
export function assertFactorMove(from: FactorStatus, to: FactorStatus, actor: FactorActor): void {
  const allowed = NEXT[from][to];
  if (allowed === actor) return;
  const [fromZh, toZh] = [FACTOR_STATUS_LABELS[from].zh, FACTOR_STATUS_LABELS[to].zh];
  const [fromEn, toEn] = [FACTOR_STATUS_LABELS[from].en, FACTOR_STATUS_LABELS[to].en];
  if (allowed)
    throw new AppError(
      403,
      "forbidden",
      actor === "owner" ? `项目业主不能将申请改为“${toZh}”` : `只有项目业主可以撤回申请`,
      actor === "owner"
        ? `An owner cannot mark a request ${toEn.toLowerCase()}`
        : "Only the owner can withdraw a request",
    );
  throw new AppError(
    409,
    "invalid_state",
    `要素保障申请“${fromZh}”，不能改为“${toZh}”`,
    `A request that is ${fromEn.toLowerCase()} cannot become ${toEn.toLowerCase()}`,
  );
}

/** Adds days to a business date (YYYY-MM-DD). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Open or in progress past its due date. */
export function isOverdue(status: FactorStatus, dueDate: string, today: string): boolean {
  return !CLOSED_FACTOR_STATUSES.includes(status) && dueDate < today;
}
