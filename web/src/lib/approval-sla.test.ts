import { describe, expect, it } from "vitest";
import { APPROVAL_STATUSES } from "../../../src/domain/approvals/rules.js";
import { slaLight } from "./approval-sla.js";

describe("slaLight", () => {
  it("is green within target, amber at risk and red past the target, open or done", () => {
    expect(Object.fromEntries(APPROVAL_STATUSES.map((s) => [s, slaLight(s)]))).toEqual({
      done_within_target: "green",
      done_late: "red",
      open_within_target: "green",
      open_at_risk: "amber",
      open_overdue: "red",
    });
  });
});
