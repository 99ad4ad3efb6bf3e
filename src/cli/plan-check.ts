import type { PlanSummary } from "../domain/contracts/plan-summary.js";
import { formatAmount, type Fen } from "../domain/money.js";
import { textTable } from "./text-table.js";

const yi = (s: string) => formatAmount(BigInt(s) as Fen, "yi", 2);
const RIGHT = new Set([2, 3, 4, 5, 6]);

function section(title: string, rows: PlanSummary["specials"] | PlanSummary["sectors"]): string {
  const body = rows.map((r) => [
    r.code,
    r.zh,
    String(r.targetProjects),
    String(r.actualProjects),
    yi(r.targetInvestmentFen),
    yi(r.actualInvestmentFen),
    yi(r.investmentDiffFen),
    r.ok ? "✓" : "✗",
  ]);
  return `${title}\n${textTable(["代码", "名称", "计划项目", "实际项目", "计划投资(亿元)", "实际投资(亿元)", "差额(亿元)", ""], body, RIGHT)}`;
}

/** The plan check as a report for people: the plan's table, then every discrepancy. */
export function renderPlanCheck(summary: PlanSummary): string {
  const parts = [
    `${summary.plan.name}（${summary.plan.code}）`,
    `方案：${summary.plan.headlineProjects}个项目，总投资约${yi(summary.plan.headlineInvestmentFen)}亿元；各专项投资合计${yi(summary.plan.specialsTargetInvestmentFen)}亿元`,
    `项目库：${summary.totals.projects}个项目，总投资${yi(summary.totals.investmentFen)}亿元`,
    "",
    section("按专项 / by special", summary.specials),
    "",
    section("按板块 / by sector", summary.sectors),
    "",
    section("按计划类别 / by plan category", summary.planCategories),
    "",
    "差异 / discrepancies:",
    ...(summary.discrepancies.length === 0
      ? ["  （无 / none）"]
      : summary.discrepancies.map((d) => `  ${d.blocking ? "✗" : "ℹ"} ${d.zh}\n    ${d.en}`)),
    "",
    summary.matches
      ? "结论：项目库与方案一致（在方案所述约数范围内）。 Result: the library matches the plan within its stated rounding."
      : "结论：项目库与方案不一致。 Result: the library does not match the plan.",
  ];
  return parts.join("\n");
}
