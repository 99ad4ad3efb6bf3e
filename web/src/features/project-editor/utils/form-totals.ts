import { sumAmountInputs } from "../../../lib/amount-input.js";
import type { ProjectFormValues } from "./project-form-values.js";

/** How a part (funding, annual plans) adds up against the total investment. */
export type TotalsBalance = "none" | "under" | "equal" | "over";

export interface FormTotals {
  totalFen: bigint;
  fundingPlannedFen: bigint;
  fundingSecuredFen: bigint;
  annualFen: bigint;
  funding: TotalsBalance;
  annual: TotalsBalance;
}

function balance(partFen: bigint, totalFen: bigint, lines: number): TotalsBalance {
  if (lines === 0) return "none";
  if (partFen > totalFen) return "over";
  return partFen === totalFen ? "equal" : "under";
}

/** The live sums of the form in exact fen, and how funding and annual plans compare with the total. */
export function formTotals(values: ProjectFormValues): FormTotals {
  const funding = values.funding ?? [];
  const annual = values.annualPlans ?? [];
  const totalFen = sumAmountInputs([values.totalInvestmentWan]);
  const fundingPlannedFen = sumAmountInputs(funding.map((line) => line?.plannedWan));
  const fundingSecuredFen = sumAmountInputs(funding.map((line) => line?.securedWan));
  const annualFen = sumAmountInputs(annual.map((line) => line?.plannedWan));
  return {
    totalFen,
    fundingPlannedFen,
    fundingSecuredFen,
    annualFen,
    funding: balance(fundingPlannedFen, totalFen, funding.length),
    annual: balance(annualFen, totalFen, annual.length),
  };
}
