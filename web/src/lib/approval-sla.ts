import type { ApprovalStatus } from "../../../src/domain/approvals/rules.js";

/** The board's traffic lights: green within target, amber at risk, red past it. */
export type SlaLight = "green" | "amber" | "red";

export const SLA_COLORS: Record<SlaLight, string> = {
  green: "#36a18b",
  amber: "#e6a23c",
  red: "#d4564e",
};

/** The light of an item's status; an item done late stays red, since it missed its target. */
export function slaLight(status: ApprovalStatus): SlaLight {
  switch (status) {
    case "done_within_target":
    case "open_within_target":
      return "green";
    case "open_at_risk":
      return "amber";
    case "open_overdue":
    case "done_late":
      return "red";
  }
}
