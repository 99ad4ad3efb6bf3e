import type { FieldProblem } from "../errors.js";
import { formatAmount, type Fen } from "../money.js";

/** The project facts a monthly report is checked against. */
export interface ReportContext {
  stage: string;
  actualStart: string | null;
  actualEnd: string | null;
  /** Today's business month (YYYY-MM, Asia/Shanghai). */
  currentMonth: string;
  totalInvestmentFen: bigint;
  openingFen: bigint;
  /** Sum of the current reports of the other months. */
  otherMonthsFen: bigint;
  /** Physical progress of the latest earlier report, and of the earliest later one. */
  progressBefore: number | null;
  progressAfter: number | null;
}

export interface ReportInput {
  month: string;
  investedFen: bigint;
  progressPct: number;
}

const problem = (field: string, message: string, messageEn: string): FieldProblem => ({
  field,
  message,
  messageEn,
});
const wan = (v: bigint) => formatAmount(v as Fen, "wan", 2);

/**
 * Why a monthly report cannot be taken, field by field: the project must be building in that month,
 * the month not in the future, physical progress must not go backwards, and the cumulative
 * investment must stay within the total.
 */
export function reportProblems(input: ReportInput, ctx: ReportContext): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.month > ctx.currentMonth)
    out.push(problem("month", "不能填报未来月份", "a future month cannot be reported"));
  if (!ctx.actualStart || ctx.actualStart.slice(0, 7) > input.month) {
    out.push(problem("month", "项目该月尚未开工，无需填报", "the project had not started in that month"));
  } else if (ctx.actualEnd && ctx.actualEnd.slice(0, 7) < input.month) {
    out.push(problem("month", "项目该月前已竣工，无需填报", "the project was completed before that month"));
  }
  if (ctx.stage === "cancelled")
    out.push(problem("month", "已取消的项目不再填报", "cancelled projects do not report"));
  if (input.investedFen < 0n)
    out.push(problem("investedFen", "本月完成投资不能为负", "the month's investment cannot be negative"));
  if (ctx.progressBefore !== null && input.progressPct < ctx.progressBefore) {
    out.push(
      problem(
        "progressPct",
        `形象进度不能低于上期的 ${ctx.progressBefore}%`,
        `physical progress cannot fall below the previous ${ctx.progressBefore}%`,
      ),
    );
  }
  if (ctx.progressAfter !== null && input.progressPct > ctx.progressAfter) {
    out.push(
      problem(
        "progressPct",
        `形象进度不能高于后一期的 ${ctx.progressAfter}%`,
        `physical progress cannot exceed the later ${ctx.progressAfter}%`,
      ),
    );
  }
  const cumulative = ctx.openingFen + ctx.otherMonthsFen + input.investedFen;
  if (cumulative > ctx.totalInvestmentFen) {
    out.push(
      problem(
        "investedFen",
        `累计完成投资 ${wan(cumulative)} 万元将超过总投资 ${wan(ctx.totalInvestmentFen)} 万元`,
        `cumulative investment of ${wan(cumulative)} wan yuan would exceed the total of ${wan(ctx.totalInvestmentFen)}`,
      ),
    );
  }
  return out;
}

/** A report is accepted once the district and the lead department both accepted it, returned once either returned it. */
export function reportStatus(
  reviews: { reviewerRole: string; decision: string }[],
): "submitted" | "accepted" | "returned" {
  if (reviews.some((r) => r.decision === "returned")) return "returned";
  const accepted = new Set(reviews.filter((r) => r.decision === "accepted").map((r) => r.reviewerRole));
  return accepted.has("district") && accepted.has("department") ? "accepted" : "submitted";
}
