import type { FieldProblem } from "./errors.js";
import { isIsoDate } from "./dates.js";
import { PROJECT_CODE_REASONS as CODE_REASONS, projectCodeProblem } from "./project-code.js";
import { USCC_REASONS, usccProblem } from "./uscc.js";

/** The reference sets a project is checked against. */
export interface ProjectLookups {
  specialCodes: ReadonlySet<string>;
  districtCodes: ReadonlySet<string>;
  fundingSources: readonly string[];
}

export interface ProjectFields {
  code?: string | null | undefined;
  specialCode?: string | undefined;
  districtCode?: string | undefined;
  totalInvestmentFen?: bigint | undefined;
  plannedStart?: string | null | undefined;
  plannedEnd?: string | null | undefined;
  ownerUscc?: string | undefined;
  funding?: { source: string; plannedFen: bigint; securedFen: bigint }[] | undefined;
  annualPlans?: { year: number; plannedFen: bigint }[] | undefined;
}

const problem = (field: string, message: string, messageEn: string): FieldProblem => ({
  field,
  message,
  messageEn,
});

/**
 * Checks the fields present against the reference data and each other: codes exist, the investment
 * project code and USCC are well formed, dates are real and ordered, funding and annual plans add up
 * within the total. Returns every problem, not just the first.
 */
export function projectFieldProblems(f: ProjectFields, lookups: ProjectLookups): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (f.code) {
    const why = projectCodeProblem(f.code, lookups.districtCodes);
    if (why)
      out.push(
        problem("code", `投资项目代码${CODE_REASONS[why][0]}`, `the project code ${CODE_REASONS[why][1]}`),
      );
  }
  if (f.specialCode !== undefined && !lookups.specialCodes.has(f.specialCode)) {
    out.push(
      problem(
        "specialCode",
        `专项代码“${f.specialCode}”不存在`,
        `special code "${f.specialCode}" does not exist`,
      ),
    );
  }
  if (f.districtCode !== undefined && !lookups.districtCodes.has(f.districtCode)) {
    out.push(
      problem(
        "districtCode",
        `区县代码“${f.districtCode}”不存在`,
        `district code "${f.districtCode}" does not exist`,
      ),
    );
  }
  if (f.totalInvestmentFen !== undefined && f.totalInvestmentFen <= 0n) {
    out.push(problem("totalInvestmentFen", "总投资须大于零", "the total investment must be positive"));
  }
  for (const field of ["plannedStart", "plannedEnd"] as const) {
    const value = f[field];
    if (value && !isIsoDate(value))
      out.push(problem(field, `日期“${value}”不存在`, `"${value}" is not a calendar date`));
  }
  if (f.plannedStart && f.plannedEnd && f.plannedEnd < f.plannedStart) {
    out.push(
      problem(
        "plannedEnd",
        "计划竣工日期不能早于计划开工日期",
        "the planned end cannot precede the planned start",
      ),
    );
  }
  if (f.ownerUscc !== undefined) {
    const why = usccProblem(f.ownerUscc);
    if (why)
      out.push(
        problem("ownerUscc", `统一社会信用代码${USCC_REASONS[why][0]}`, `the USCC ${USCC_REASONS[why][1]}`),
      );
  }
  if (f.funding) {
    const seen = new Set<string>();
    f.funding.forEach((line, i) => {
      const field = `funding.${i}`;
      if (!lookups.fundingSources.includes(line.source)) {
        out.push(
          problem(
            `${field}.source`,
            `资金来源“${line.source}”不在目录中`,
            `funding source "${line.source}" is not in the list`,
          ),
        );
      }
      if (seen.has(line.source))
        out.push(
          problem(
            `${field}.source`,
            `资金来源“${line.source}”重复`,
            `funding source "${line.source}" appears twice`,
          ),
        );
      seen.add(line.source);
      if (line.plannedFen < 0n || line.securedFen < 0n)
        out.push(problem(field, "金额不能为负", "amounts cannot be negative"));
      if (line.securedFen > line.plannedFen)
        out.push(
          problem(`${field}.securedFen`, "已落实金额不能超过计划金额", "secured cannot exceed planned"),
        );
    });
    const planned = f.funding.reduce((s, l) => s + l.plannedFen, 0n);
    if (f.totalInvestmentFen !== undefined && planned > f.totalInvestmentFen) {
      out.push(
        problem(
          "funding",
          "各资金来源计划合计超过总投资",
          "the funding sources add up to more than the total investment",
        ),
      );
    }
  }
  if (f.annualPlans) {
    const years = new Set<number>();
    f.annualPlans.forEach((line, i) => {
      if (years.has(line.year))
        out.push(
          problem(`annualPlans.${i}.year`, `年度 ${line.year} 重复`, `year ${line.year} appears twice`),
        );
      years.add(line.year);
      if (line.plannedFen < 0n)
        out.push(problem(`annualPlans.${i}.plannedFen`, "金额不能为负", "amounts cannot be negative"));
    });
    const planned = f.annualPlans.reduce((s, l) => s + l.plannedFen, 0n);
    if (f.totalInvestmentFen !== undefined && planned > f.totalInvestmentFen) {
      out.push(
        problem(
          "annualPlans",
          "年度计划投资合计超过总投资",
          "the annual plans add up to more than the total investment",
        ),
      );
    }
  }
  return out;
}
