import { describe, expect, it } from "vitest";
import { approvalFieldProblems, type ApprovalFields } from "./input-rules.js";

const today = "2022-12-31";
const ok: ApprovalFields = {
  submittedOn: "2022-11-01",
  completedOn: "2022-11-10",
  statutoryDays: 20,
  targetDays: 10,
};
const fieldsOf = (fields: Partial<ApprovalFields>) =>
  approvalFieldProblems({ ...ok, ...fields }, today).map((p) => p.field);

describe("an item's dates and limits", () => {
  it("accepts real dates up to today, completion on or after submission, a target up to half", () => {
    expect(approvalFieldProblems(ok, today)).toEqual([]);
    expect(fieldsOf({ completedOn: null })).toEqual([]);
    expect(fieldsOf({ completedOn: "2022-11-01" })).toEqual([]);
    expect(fieldsOf({ submittedOn: today, completedOn: today })).toEqual([]);
    expect(fieldsOf({ statutoryDays: 7, targetDays: 3 })).toEqual([]);
  });

  it("names the field of a date that is not real, in the future or too old", () => {
    expect(fieldsOf({ submittedOn: "2022-02-30" })).toEqual(["submittedOn"]);
    expect(fieldsOf({ submittedOn: "2023-01-01", completedOn: null })).toEqual(["submittedOn"]);
    expect(fieldsOf({ submittedOn: "1999-12-31" })).toEqual(["submittedOn"]);
    expect(fieldsOf({ completedOn: "2023-01-02" })).toEqual(["completedOn"]);
    expect(fieldsOf({ completedOn: "2022-13-01" })).toEqual(["completedOn"]);
  });

  it("refuses a completion before the submission", () => {
    const problems = approvalFieldProblems({ ...ok, completedOn: "2022-10-31" }, today);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "completedOn" });
    expect(problems[0]?.message).toContain("2022-11-01");
    expect(problems[0]?.messageEn).toContain("before the submission date");
  });

  it("refuses a target over half the statutory limit, in both languages", () => {
    const problems = approvalFieldProblems({ ...ok, statutoryDays: 7, targetDays: 4 }, today);
    expect(problems).toEqual([
      {
        field: "targetDays",
        message: "承诺时限不得超过法定时限 7 个工作日的一半（最多 3 个工作日）",
        messageEn: "the target cannot exceed half the statutory limit of 7 working days (at most 3)",
      },
    ]);
  });

  it("lists every problem at once", () => {
    expect(fieldsOf({ submittedOn: "2023-05-01", completedOn: "2023-05-02", targetDays: 11 })).toEqual([
      "submittedOn",
      "completedOn",
      "targetDays",
    ]);
  });
});
