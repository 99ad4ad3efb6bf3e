import {
  APPROVAL_STATUS_FILTERS,
  type ApprovalListQuery,
} from "../../../../../src/domain/contracts/approvals.js";
import { APPROVAL_KINDS, type ApprovalKind } from "../../../../../src/domain/approvals/rules.js";

export type StatusFilter = NonNullable<ApprovalListQuery["status"]> | "all";

/** The board's filters as they live in the URL; the board opens on the items still open. */
export interface ApprovalFilters {
  status: StatusFilter;
  kind?: ApprovalKind;
  body?: string;
  district?: string;
  overdue?: "true" | "false";
}

const STATUS_FILTERS: readonly string[] = [...APPROVAL_STATUS_FILTERS, "all"];
const DEFAULT_STATUS: StatusFilter = "open";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the filters from the query string, ignoring anything unknown. */
export function parseApprovalFilters(params: URLSearchParams): ApprovalFilters {
  const status = params.get("status");
  const district = params.get("district");
  const body = params.get("body")?.trim();
  return {
    status: status !== null && STATUS_FILTERS.includes(status) ? (status as StatusFilter) : DEFAULT_STATUS,
    kind: oneOf(APPROVAL_KINDS, params.get("kind")),
    body: body ? body.slice(0, 100) : undefined,
    district: district && /^\d{6}$/.test(district) ? district : undefined,
    overdue: oneOf(["true", "false"] as const, params.get("overdue")),
  };
}

/** The filters as a query string, leaving out the defaults; the summary's period rides along. */
export function serializeApprovalFilters(
  filters: ApprovalFilters,
  keep: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["from", "to"]) {
    const value = keep.get(key);
    if (value) params.set(key, value);
  }
  if (filters.status !== DEFAULT_STATUS) params.set("status", filters.status);
  for (const key of ["kind", "body", "district", "overdue"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filters as the API's query parameters ("all" statuses is no status filter). */
export function approvalApiQuery(filters: ApprovalFilters): Record<string, string | undefined> {
  return {
    status: filters.status === "all" ? undefined : filters.status,
    kind: filters.kind,
    body: filters.body,
    district: filters.district,
    overdue: filters.overdue,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The summary's period from the URL: this year up to today unless both ends are given in order. */
export function summaryPeriod(params: URLSearchParams, today: string): { from: string; to: string } {
  const from = params.get("from");
  const to = params.get("to");
  if (from && to && DATE.test(from) && DATE.test(to) && from <= to) return { from, to };
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}
