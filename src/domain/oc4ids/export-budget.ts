import type { Fen } from "../money.js";
import type { ProjectRecord } from "../project-record.js";
import { fenToYuanNumber } from "./amounts.js";
import {
  ANNUAL_PLAN_GROUP,
  CURRENCY,
  FUNDING_PLANNED_GROUP,
  FUNDING_SECURED_GROUP,
  SELF_FUNDING_SOURCE,
} from "./codes.js";
import { endOfDay, startOfDay } from "./datetimes.js";
import type {
  Oc4idsBudget,
  Oc4idsBudgetBreakdowns,
  Oc4idsOrganizationReference,
  Oc4idsValue,
} from "./types.js";

export const cny = (amount: Fen): Oc4idsValue => ({ amount: fenToYuanNumber(amount), currency: CURRENCY });

/**
 * The total investment, with up to three breakdown groups: planned and secured funding by source
 * (one entry per source, same entry id in both), and the rolling annual investment plan by year.
 * Only the owner's own money (企业自筹/社会资本) names a source party: the other sources are kinds of
 * funding, not organisations.
 */
export function budgetOf(record: ProjectRecord, owner: Oc4idsOrganizationReference): Oc4idsBudget {
  const groups: Oc4idsBudgetBreakdowns[] = [];
  const fundingGroup = (
    id: string,
    description: string,
    pick: (f: ProjectRecord["funding"][number]) => Fen,
  ) =>
    groups.push({
      id,
      description,
      budgetBreakdown: record.funding.map((line, i) => ({
        id: String(i + 1),
        description: line.source,
        amount: cny(pick(line)),
        ...(line.source === SELF_FUNDING_SOURCE ? { sourceParty: owner } : {}),
      })),
    });
  if (record.funding.length > 0) {
    fundingGroup(FUNDING_PLANNED_GROUP, "资金来源（计划）", (f) => f.plannedFen);
    fundingGroup(FUNDING_SECURED_GROUP, "资金来源（已落实）", (f) => f.securedFen);
  }
  if (record.annualPlans.length > 0) {
    groups.push({
      id: ANNUAL_PLAN_GROUP,
      description: "年度投资计划",
      budgetBreakdown: record.annualPlans.map((plan) => ({
        id: String(plan.year),
        description: `${plan.year}年度计划投资`,
        amount: cny(plan.plannedFen),
        period: { startDate: startOfDay(`${plan.year}-01-01`), endDate: endOfDay(`${plan.year}-12-31`) },
      })),
    });
  }
  return {
    amount: cny(record.totalInvestmentFen),
    ...(groups.length > 0 ? { budgetBreakdowns: groups } : {}),
  };
}

/** True when a funding line is the owner's own money, which makes the owner a funder too. */
export const isSelfFunded = (record: ProjectRecord) =>
  record.funding.some((f) => f.source === SELF_FUNDING_SOURCE);
