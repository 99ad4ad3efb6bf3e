import { describe, expect, it } from "vitest";
import {
  afterResubmit,
  afterReview,
  assertDecidable,
  assertWithdrawable,
  type ReviewState,
} from "./application-rules.js";

const fresh: ReviewState = { status: "submitted", districtReview: null, departmentReview: null };

describe("incentive application reviews", () => {
  it("is reviewed once the district and the lead department both accepted, in either order", () => {
    const a = afterReview(afterReview(fresh, "district", "accepted"), "department", "accepted");
    const b = afterReview(afterReview(fresh, "department", "accepted"), "district", "accepted");
    expect(a).toEqual({ status: "reviewed", districtReview: "accepted", departmentReview: "accepted" });
    expect(b).toEqual(a);
    expect(afterReview(fresh, "district", "accepted").status).toBe("submitted");
  });

  it("goes back to the owner when either reviewer returns it, and back to review with reviews cleared", () => {
    const returned = afterReview(afterReview(fresh, "district", "accepted"), "department", "returned");
    expect(returned.status).toBe("returned");
    expect(afterResubmit(returned)).toEqual(fresh);
  });

  it("refuses reviews outside the review step and resubmission of anything not returned", () => {
    const reviewed: ReviewState = {
      status: "reviewed",
      districtReview: "accepted",
      departmentReview: "accepted",
    };
    expect(() => afterReview(reviewed, "district", "returned")).toThrow(/not awaiting review/);
    expect(() => afterResubmit(fresh)).toThrow(/Only a returned application/);
  });

  it("lets the owner withdraw until the city decides, and the city approve only reviewed applications", () => {
    for (const s of ["submitted", "returned", "reviewed"] as const)
      expect(() => assertWithdrawable(s)).not.toThrow();
    for (const s of ["approved", "rejected", "withdrawn"] as const)
      expect(() => assertWithdrawable(s)).toThrow();
    expect(() => assertDecidable("reviewed", "approved")).not.toThrow();
    expect(() => assertDecidable("submitted", "approved")).toThrow(/accepted by the district/);
    expect(() => assertDecidable("submitted", "rejected")).not.toThrow();
    expect(() => assertDecidable("approved", "rejected")).toThrow(/already approved/);
    expect(() => assertDecidable("withdrawn", "rejected")).toThrow();
  });
});
