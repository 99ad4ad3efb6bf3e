import { describe, expect, it } from "vitest";
import { reportProblems, reportStatus, type ReportContext } from "./report-rules.js";

const ctx: ReportContext = {
  stage: "under_construction",
  actualStart: "2021-03-10",
  actualEnd: null,
  currentMonth: "2021-07",
  totalInvestmentFen: 1000n,
  openingFen: 100n,
  otherMonthsFen: 500n,
  progressBefore: 40,
  progressAfter: null,
};
const fields = (input: Parameters<typeof reportProblems>[0], c: ReportContext = ctx) =>
  reportProblems(input, c).map((p) => p.field);

describe("monthly report rules", () => {
  it("takes a report of a building project within its total", () => {
    expect(fields({ month: "2021-06", investedFen: 400n, progressPct: 45 })).toEqual([]);
  });

  it("refuses future months, months before the start, and months after completion", () => {
    expect(fields({ month: "2021-08", investedFen: 1n, progressPct: 45 })).toEqual(["month"]);
    expect(fields({ month: "2021-02", investedFen: 1n, progressPct: 45 })).toEqual(["month"]);
    expect(
      fields({ month: "2021-06", investedFen: 1n, progressPct: 45 }, { ...ctx, actualEnd: "2021-05-31" }),
    ).toEqual(["month"]);
  });

  it("keeps physical progress from going backwards and the cumulative amount within the total", () => {
    expect(fields({ month: "2021-06", investedFen: 1n, progressPct: 39 })).toEqual(["progressPct"]);
    expect(
      fields({ month: "2021-06", investedFen: 1n, progressPct: 45 }, { ...ctx, progressAfter: 44 }),
    ).toEqual(["progressPct"]);
    const over = reportProblems({ month: "2021-06", investedFen: 401n, progressPct: 45 }, ctx);
    expect(over.map((p) => p.field)).toEqual(["investedFen"]);
    expect(over[0]!.message).toContain("将超过总投资");
  });

  it("is accepted by both reviewers, returned by either", () => {
    expect(reportStatus([])).toBe("submitted");
    expect(reportStatus([{ reviewerRole: "district", decision: "accepted" }])).toBe("submitted");
    expect(
      reportStatus([
        { reviewerRole: "district", decision: "accepted" },
        { reviewerRole: "department", decision: "accepted" },
      ]),
    ).toBe("accepted");
    expect(
      reportStatus([
        { reviewerRole: "district", decision: "accepted" },
        { reviewerRole: "department", decision: "returned" },
      ]),
    ).toBe("returned");
  });
});
