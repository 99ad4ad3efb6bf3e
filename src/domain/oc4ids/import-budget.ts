import type { Fen } from "../money.js";
import type { ProjectRecord } from "../project-record.js";
import { ANNUAL_PLAN_GROUP, FUNDING_PLANNED_GROUP, FUNDING_SECURED_GROUP } from "./codes.js";
import { shanghaiDateOf } from "./datetimes.js";
import type { JsonObject, ProjectLog } from "./import-log.js";
import { isObject, objectsIn, textOf } from "./import-log.js";
import type { MoneyReader } from "./import-money.js";

type Funding = ProjectRecord["funding"];
type AnnualPlans = ProjectRecord["annualPlans"];

/**
 * Funding by source from our two funding groups (planned, secured; entries paired by id), and annual
 * plans from our annual group or else the first group whose every entry spans one calendar year
 * (Asia/Shanghai), the amounts of a year summed. Other groups are noted, not imported.
 */
export function budgetLinesFromOc4ids(
  budget: JsonObject,
  money: MoneyReader,
  log: ProjectLog,
  fundingSources: readonly string[] | undefined,
): { funding: Funding; annualPlans: AnnualPlans } {
  const groups = objectsIn(budget.budgetBreakdowns);
  const group = (id: string) => groups.find((g) => g.id === id);
  const planned = group(FUNDING_PLANNED_GROUP);
  const secured = group(FUNDING_SECURED_GROUP);
  const annual = group(ANNUAL_PLAN_GROUP) ?? groups.find((g) => yearsOf(g) !== null);
  const column = (g: JsonObject, entry: number) =>
    `budget.budgetBreakdowns.${groups.indexOf(g)}.budgetBreakdown.${entry}`;

  const funding: Funding = [];
  if (planned) {
    const securedEntries = secured ? objectsIn(secured.budgetBreakdown) : [];
    objectsIn(planned.budgetBreakdown).forEach((entry, i) => {
      const source = textOf(entry.description);
      if (!source || (fundingSources && !fundingSources.includes(source))) {
        log.problem(
          `${column(planned, i)}.description`,
          entry.description,
          "资金来源不在资金来源目录中",
          "the funding source is not in the list of sources",
        );
        return;
      }
      const plannedFen = money.read(entry.amount, `${column(planned, i)}.amount`);
      const match = securedEntries.find((s) => s.id === entry.id);
      const securedFen =
        match && secured
          ? money.read(match.amount, `${column(secured, securedEntries.indexOf(match))}.amount`)
          : (0n as Fen);
      if (plannedFen !== null && securedFen !== null) funding.push({ source, plannedFen, securedFen });
    });
  }

  const annualPlans: AnnualPlans = [];
  if (annual) {
    const years = yearsOf(annual) ?? [];
    objectsIn(annual.budgetBreakdown).forEach((entry, i) => {
      const year = years[i];
      const amount = money.read(entry.amount, `${column(annual, i)}.amount`);
      if (year === undefined || amount === null) {
        if (year === undefined)
          log.problem(
            `${column(annual, i)}.period`,
            entry.period,
            "年度计划的期间应为一个自然年",
            "an annual plan's period must be one calendar year",
          );
        return;
      }
      const existing = annualPlans.find((p) => p.year === year);
      if (existing) existing.plannedFen = (existing.plannedFen + amount) as Fen;
      else annualPlans.push({ year, plannedFen: amount });
    });
  }

  const ignored = groups.filter((g) => g !== planned && g !== secured && g !== annual);
  if (ignored.length > 0) {
    const labels = ignored.map((g) => textOf(g.description) ?? textOf(g.id) ?? "?").join("、");
    log.note(`未导入的预算分项：${labels}`, `budget breakdowns not imported: ${labels}`);
  }
  return { funding, annualPlans };
}

/** Each entry's calendar year when every entry covers exactly one (1 Jan to 31 Dec), else null. */
function yearsOf(group: JsonObject): number[] | null {
  const entries = objectsIn(group.budgetBreakdown);
  if (entries.length === 0) return null;
  const years: number[] = [];
  for (const entry of entries) {
    const period = isObject(entry.period) ? entry.period : null;
    const start = shanghaiDateOf(period?.startDate);
    const end = shanghaiDateOf(period?.endDate);
    if (!start || !end || !start.endsWith("-01-01") || end !== `${start.slice(0, 4)}-12-31`) return null;
    years.push(Number(start.slice(0, 4)));
  }
  return years;
}
