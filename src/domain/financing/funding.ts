import type { FieldProblem } from "../errors.js";
import { formatAmount, type Fen } from "../money.js";

/** One funding source of a project: what the plan counts on, and what is secured (到位/落实). */
export interface FundingLine {
  source: string;
  plannedFen: Fen;
  securedFen: Fen;
}

export interface FundingFigures {
  totalInvestmentFen: Fen;
  plannedFen: Fen;
  securedFen: Fen;
  /** Total investment less everything secured: what financing still has to find. */
  gapFen: Fen;
  /** Total investment less the sources' plans: the part no source is planned for yet. */
  unplannedFen: Fen;
  sources: (FundingLine & { gapFen: Fen })[];
}

const sum = (values: Fen[]) => values.reduce((a, b) => a + b, 0n) as Fen;

/** A project's funding plan against what is secured, per source and in total, exact in fen. */
export function fundingFigures(totalInvestmentFen: Fen, lines: readonly FundingLine[]): FundingFigures {
  const plannedFen = sum(lines.map((l) => l.plannedFen));
  const securedFen = sum(lines.map((l) => l.securedFen));
  return {
    totalInvestmentFen,
    plannedFen,
    securedFen,
    gapFen: (totalInvestmentFen - securedFen) as Fen,
    unplannedFen: (totalInvestmentFen - plannedFen) as Fen,
    sources: lines.map((l) => ({ ...l, gapFen: (l.plannedFen - l.securedFen) as Fen })),
  };
}

export interface FundingEdit {
  source: string;
  securedFen: Fen;
  /** Left out, the source keeps its planned amount. */
  plannedFen?: Fen | undefined;
}

const wan = (amount: Fen) => `${formatAmount(amount, "wan", 6).replace(/\.?0+$/, "")} 万元`;
const yuanEn = (amount: Fen) => `CNY ${formatAmount(amount, "yuan", 2)}`;

/**
 * The lines after setting one source's secured (and optionally planned) amount, or the problems that
 * refuse it: a source from the plan's list, amounts not negative, secured within planned, and the
 * sources' plans within the total investment (the same rules a project edit checks).
 */
export function applyFundingEdit(
  lines: readonly FundingLine[],
  edit: FundingEdit,
  totalInvestmentFen: Fen,
  sources: readonly string[],
): { lines: FundingLine[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const existing = lines.find((l) => l.source === edit.source);
  if (!existing && !sources.includes(edit.source))
    problems.push({
      field: "source",
      message: `资金来源“${edit.source}”不在计划的资金来源目录中`,
      messageEn: `funding source "${edit.source}" is not in the plan's list`,
    });
  if (edit.securedFen < 0n)
    problems.push({
      field: "securedFen",
      message: "已落实金额不能为负",
      messageEn: "secured cannot be negative",
    });
  if (edit.plannedFen !== undefined && edit.plannedFen < 0n)
    problems.push({
      field: "plannedFen",
      message: "计划金额不能为负",
      messageEn: "planned cannot be negative",
    });
  const plannedFen = edit.plannedFen ?? existing?.plannedFen;
  if (plannedFen === undefined) {
    problems.push({
      field: "plannedFen",
      message: "该资金来源尚未列入项目资金计划，须同时填写计划金额",
      messageEn: "this source is not in the project's plan yet: give its planned amount too",
    });
    return { lines: [...lines], problems };
  }
  if (edit.securedFen > plannedFen)
    problems.push({
      field: "securedFen",
      message: `已落实金额 ${wan(edit.securedFen)} 超过该来源计划金额 ${wan(plannedFen)}`,
      messageEn: `secured ${yuanEn(edit.securedFen)} exceeds the source's planned ${yuanEn(plannedFen)}`,
    });
  const next: FundingLine[] = existing
    ? lines.map((l) => (l.source === edit.source ? { ...l, plannedFen, securedFen: edit.securedFen } : l))
    : [...lines, { source: edit.source, plannedFen, securedFen: edit.securedFen }];
  const planned = sum(next.map((l) => l.plannedFen));
  if (planned > totalInvestmentFen)
    problems.push({
      field: "plannedFen",
      message: `各资金来源计划合计 ${wan(planned)} 将超过总投资 ${wan(totalInvestmentFen)}`,
      messageEn: `the sources' plans would add up to ${yuanEn(planned)}, more than the total investment of ${yuanEn(totalInvestmentFen)}`,
    });
  return { lines: next, problems };
}

/** Sources in the plan's order first, then any others (from older registers) by name. */
export function orderSources(planSources: readonly string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((s) => !planSources.includes(s)).sort();
  return [...planSources, ...extra];
}
