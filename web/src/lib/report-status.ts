import type { MessageKey } from "./i18n/index.js";

const STATUS_KEYS: Record<string, MessageKey> = {
  submitted: "reportStatus.submitted",
  partly_accepted: "reportStatus.partlyAccepted",
  accepted: "reportStatus.accepted",
  returned: "reportStatus.returned",
};

const STATUS_COLORS: Record<string, string> = {
  submitted: "processing",
  partly_accepted: "cyan",
  accepted: "success",
  returned: "error",
};

const REVIEWER_KEYS: Record<string, MessageKey> = {
  district: "reportStatus.reviewerDistrict",
  department: "reportStatus.reviewerDepartment",
};

/** The message of a monthly report's status; an unknown status shows the pending wording. */
export function reportStatusKey(status: string): MessageKey {
  return STATUS_KEYS[status] ?? "reportStatus.submitted";
}

/** The Ant Design tag colour of a report status, alike on every page. */
export function reportStatusColor(status: string): string {
  return STATUS_COLORS[status] ?? "default";
}

/** Who reviewed: the district or the lead department. */
export function reviewerRoleKey(role: string): MessageKey {
  return REVIEWER_KEYS[role] ?? "reportStatus.reviewerDepartment";
}

/**
 * The status to show: a report the server still calls submitted, but which one of its two reviewers
 * already accepted, shows as partly accepted.
 */
export function displayReportStatus(status: string, reviews: readonly { decision: string }[]): string {
  return status === "submitted" && reviews.some((r) => r.decision === "accepted")
    ? "partly_accepted"
    : status;
}
