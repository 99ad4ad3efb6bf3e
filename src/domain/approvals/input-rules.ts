import { isIsoDate } from "../dates.js";
import type { FieldProblem } from "../errors.js";
import { maxTargetDays } from "./rules.js";

/** The earliest date an item may carry: the working-day arithmetic needs nothing older. */
export const EARLIEST_APPROVAL_DATE = "2000-01-01";

export interface ApprovalFields {
  submittedOn: string;
  completedOn: string | null;
  statutoryDays: number;
  targetDays: number;
}

const problem = (field: string, message: string, messageEn: string): FieldProblem => ({
  field,
  message,
  messageEn,
});

/**
 * Every problem with an item's dates and limits, field by field: real dates, none in the future,
 * completion not before submission, and a target of at most half the statutory limit.
 */
export function approvalFieldProblems(fields: ApprovalFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dateProblem = (field: string, value: string, zhName: string, enName: string) => {
    if (!isIsoDate(value))
      return problem(
        field,
        `${zhName}“${value}”不是有效日期`,
        `the ${enName} "${value}" is not a calendar date`,
      );
    if (value < EARLIEST_APPROVAL_DATE)
      return problem(
        field,
        `${zhName}不能早于 ${EARLIEST_APPROVAL_DATE}`,
        `the ${enName} cannot be before ${EARLIEST_APPROVAL_DATE}`,
      );
    if (value > today)
      return problem(
        field,
        `${zhName}不能晚于今天（${today}）`,
        `the ${enName} cannot be after today (${today})`,
      );
    return null;
  };
  const submitted = dateProblem("submittedOn", fields.submittedOn, "申报日期", "submission date");
  if (submitted) problems.push(submitted);
  if (fields.completedOn !== null) {
    const completed = dateProblem("completedOn", fields.completedOn, "办结日期", "completion date");
    if (completed) problems.push(completed);
    else if (!submitted && fields.completedOn < fields.submittedOn)
      problems.push(
        problem(
          "completedOn",
          `办结日期不能早于申报日期（${fields.submittedOn}）`,
          `the completion date cannot be before the submission date (${fields.submittedOn})`,
        ),
      );
  }
  const max = maxTargetDays(fields.statutoryDays);
  if (fields.targetDays > max)
    problems.push(
      problem(
        "targetDays",
        `承诺时限不得超过法定时限 ${fields.statutoryDays} 个工作日的一半（最多 ${max} 个工作日）`,
        `the target cannot exceed half the statutory limit of ${fields.statutoryDays} working days (at most ${max})`,
      ),
    );
  return problems;
}
