import { AppError } from "../errors.js";

/**
 * An incentive application's path: the owner submits; the district and the lead department each
 * accept or return it; once both accepted, the city approves an amount or rejects it. A returned
 * application may be corrected and submitted again; the owner may withdraw it until it is decided.
 */
export const APPLICATION_STATUSES = [
  "submitted",
  "returned",
  "reviewed",
  "approved",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { zh: string; en: string }> = {
  submitted: { zh: "待审核", en: "Awaiting review" },
  returned: { zh: "已退回", en: "Returned" },
  reviewed: { zh: "待市级审批", en: "Awaiting city approval" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "未批准", en: "Rejected" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

export const REVIEWER_ROLES = ["district", "department"] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];
export type ReviewDecision = "accepted" | "returned";

export interface ReviewState {
  status: ApplicationStatus;
  districtReview: ReviewDecision | null;
  departmentReview: ReviewDecision | null;
}

const conflict = (zh: string, en: string) => new AppError(409, "invalid_state", zh, en);
const labelOf = (s: ApplicationStatus) => APPLICATION_STATUS_LABELS[s];

/** The state after a reviewer's decision; only a submitted application awaits review. */
export function afterReview(state: ReviewState, role: ReviewerRole, decision: ReviewDecision): ReviewState {
  if (state.status !== "submitted")
    throw conflict(
      `申请当前为“${labelOf(state.status).zh}”，不在审核环节`,
      `The application is ${labelOf(state.status).en.toLowerCase()}, not awaiting review`,
    );
  const next: ReviewState = {
    ...state,
    districtReview: role === "district" ? decision : state.districtReview,
    departmentReview: role === "department" ? decision : state.departmentReview,
  };
  if (decision === "returned") return { ...next, status: "returned" };
  if (next.districtReview === "accepted" && next.departmentReview === "accepted")
    return { ...next, status: "reviewed" };
  return next;
}

/** A returned application goes back to review with the reviews cleared. */
export function afterResubmit(state: ReviewState): ReviewState {
  if (state.status !== "returned")
    throw conflict(
      `只有被退回的申请可以重新提交，当前为“${labelOf(state.status).zh}”`,
      `Only a returned application can be submitted again; this one is ${labelOf(state.status).en.toLowerCase()}`,
    );
  return { status: "submitted", districtReview: null, departmentReview: null };
}

const UNDECIDED: readonly ApplicationStatus[] = ["submitted", "returned", "reviewed"];

export function assertWithdrawable(status: ApplicationStatus): void {
  if (!UNDECIDED.includes(status))
    throw conflict(
      `申请已“${labelOf(status).zh}”，不能撤回`,
      `The application is ${labelOf(status).en.toLowerCase()} and can no longer be withdrawn`,
    );
}

/** The city approves only what both reviewers accepted; it may reject anything not yet decided. */
export function assertDecidable(status: ApplicationStatus, decision: "approved" | "rejected"): void {
  if (decision === "approved" && status !== "reviewed")
    throw conflict(
      `须经区县和主管部门审核通过后方可批准，当前为“${labelOf(status).zh}”`,
      `Only an application accepted by the district and the lead department can be approved; this one is ${labelOf(status).en.toLowerCase()}`,
    );
  if (decision === "rejected" && !UNDECIDED.includes(status))
    throw conflict(
      `申请已“${labelOf(status).zh}”，不能再作决定`,
      `The application is already ${labelOf(status).en.toLowerCase()}`,
    );
}

export const EVIDENCE_KINDS = [
  "invoice",
  "payment_proof",
  "contract",
  "certificate",
  "report",
  "other",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, { zh: string; en: string }> = {
  invoice: { zh: "发票", en: "Invoice" },
  payment_proof: { zh: "付款凭证", en: "Proof of payment" },
  contract: { zh: "合同", en: "Contract" },
  certificate: { zh: "认定或资质证明", en: "Certificate" },
  report: { zh: "报告", en: "Report" },
  other: { zh: "其他", en: "Other" },
};
