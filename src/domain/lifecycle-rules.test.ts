import { describe, expect, it } from "vitest";
import { transitionProblems, type TransitionSubject } from "./lifecycle-rules.js";

const complete: TransitionSubject = {
  stage: "planning",
  suspendedFrom: null,
  name: "渝北区智慧城市管理平台",
  specialCode: "APP-4",
  districtCode: "500112",
  ownerId: 3,
  totalInvestmentFen: 100_000_000n,
  code: null,
  plannedStart: "2021-03-01",
  plannedEnd: "2022-12-31",
  actualStart: null,
  actualEnd: null,
};
const today = "2021-06-30";
const codes = (p: TransitionSubject, req: Parameters<typeof transitionProblems>[1]) =>
  transitionProblems(p, req, today).map((x) => `${x.code}:${x.field}`);

describe("lifecycle preconditions", () => {
  it("lets a complete record enter the reserve, and names every missing field otherwise", () => {
    expect(codes(complete, { to: "reserve", reason: "材料齐全" })).toEqual([]);
    expect(
      codes(
        { ...complete, plannedStart: null, totalInvestmentFen: 0n },
        { to: "reserve", reason: "材料齐全" },
      ),
    ).toEqual(["incomplete_record:totalInvestmentFen", "incomplete_record:plannedStart"]);
  });

  it("refuses moves the lifecycle does not allow, listing what is allowed", () => {
    const [problem] = transitionProblems(complete, { to: "completed", reason: "x" }, today);
    expect(problem?.code).toBe("not_allowed");
    expect(problem?.zh).toContain("可转为：申报储备、取消");
  });

  it("needs a reason for every move", () => {
    expect(codes(complete, { to: "reserve", reason: " " })).toEqual(["reason_required:reason"]);
  });

  it("needs the project code to start, the actual start date to build, and a past one", () => {
    const reserve = { ...complete, stage: "reserve" as const };
    expect(codes(reserve, { to: "new_start", reason: "已开工" })).toEqual(["code_required:code"]);
    const started = { ...complete, stage: "new_start" as const, code: "2021-500112-65-03-000001" };
    expect(codes(started, { to: "under_construction", reason: "主体施工" })).toEqual([
      "actual_start_required:actualStart",
    ]);
    expect(
      codes(started, { to: "under_construction", reason: "主体施工", actualStart: "2021-07-01" }),
    ).toEqual(["date_in_future:actualStart"]);
    expect(
      codes(started, { to: "under_construction", reason: "主体施工", actualStart: "2021-04-01" }),
    ).toEqual([]);
  });

  it("needs the actual end and the final investment to complete", () => {
    const building = { ...complete, stage: "under_construction" as const, actualStart: "2021-04-01" };
    expect(codes(building, { to: "completed", reason: "验收" })).toEqual([
      "actual_end_required:actualEnd",
      "final_investment_required:finalInvestmentFen",
    ]);
    expect(
      codes(building, { to: "completed", reason: "验收", actualEnd: "2021-03-01", finalInvestmentFen: 1n }),
    ).toEqual(["date_order:actualEnd"]);
    expect(
      codes(building, {
        to: "completed",
        reason: "验收",
        actualEnd: "2021-06-01",
        finalInvestmentFen: 95_000_000n,
      }),
    ).toEqual([]);
  });

  it("resumes a suspended project only to where it was", () => {
    const suspended = {
      ...complete,
      stage: "suspended" as const,
      suspendedFrom: "under_construction" as const,
      actualStart: "2021-04-01",
    };
    expect(codes(suspended, { to: "under_construction", reason: "复工" })).toEqual([]);
    expect(codes(suspended, { to: "new_start", reason: "复工" })).toEqual(["not_allowed:to"]);
  });
});
