import type {
  AwardBase,
  ClauseKind,
  ClauseTerms,
  Eligibility,
  FactorType,
} from "../../../../../src/domain/incentives/terms.js";
import { percentText } from "../../../../../src/domain/incentives/money-words.js";
import { fenToAmountInput, parseAmountInput } from "../../../lib/amount-input.js";

/** A clause version's terms as the editor shows them: rates in %, caps in 万元. */
export interface TermsFormValues {
  kind: ClauseKind;
  base?: AwardBase;
  ratePct?: string;
  rateIsMaximum?: boolean;
  capNationalWan?: string;
  capPilotWan?: string;
  capPerItemWan?: string;
  cumulativeCapWan?: string;
  capPerYearWan?: string;
  eligibility?: Eligibility;
  factor?: FactorType;
  responsibleUnit?: string;
  speedupPct?: string;
}

/** "20" (%) → "0.2", "12.5" → "0.125", exactly; null for anything but a plain decimal. */
export function percentToRate(text: string | undefined): string | null {
  const value = text?.trim() ?? "";
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const [whole = "0", frac = ""] = value.split(".");
  const digits = (whole + frac).replace(/^0+(?=\d)/, "");
  const scale = frac.length + 2;
  const padded = digits.padStart(scale + 1, "0");
  const intPart = padded.slice(0, padded.length - scale);
  const fracPart = padded.slice(padded.length - scale).replace(/0+$/, "");
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}

/** "0.2" → "20" (%), the inverse of percentToRate. */
export function rateToPercent(rate: string): string {
  return percentText(rate).slice(0, -1);
}

const wan = (fen: string | null | undefined) => (fen ? fenToAmountInput(fen, "wan") : undefined);
const fenOf = (text: string | undefined) => {
  const value = parseAmountInput(text, "wan");
  return value === null || value === 0n ? null : value.toString();
};

export function termsToForm(terms: ClauseTerms): TermsFormValues {
  switch (terms.kind) {
    case "reward":
    case "subsidy":
    case "grant":
      return {
        kind: terms.kind,
        base: terms.base,
        ratePct: terms.rate ? rateToPercent(terms.rate) : undefined,
        rateIsMaximum: terms.rateIsMaximum,
        capNationalWan: wan(terms.capByLevelFen?.national),
        capPilotWan: wan(terms.capByLevelFen?.municipal_pilot),
        capPerItemWan: wan(terms.capPerItemFen),
        cumulativeCapWan: wan(terms.cumulativeCapPerApplicantFen),
        capPerYearWan: wan(terms.capPerYearFen),
        eligibility: terms.eligibility,
      };
    case "factor":
      return { kind: "factor", factor: terms.factor, responsibleUnit: terms.responsibleUnit };
    case "approval":
      return { kind: "approval", speedupPct: rateToPercent(terms.speedupMin) };
    case "case_by_case":
    case "financing":
      return { kind: terms.kind };
  }
}

/** The terms to send; the server checks them again and names any field at fault. */
export function formToTerms(v: TermsFormValues): unknown {
  switch (v.kind) {
    case "reward":
    case "subsidy":
    case "grant": {
      const national = fenOf(v.capNationalWan);
      const pilot = fenOf(v.capPilotWan);
      return {
        kind: v.kind,
        base: v.base ?? "amount_requested",
        rate: percentToRate(v.ratePct),
        rateIsMaximum: v.rateIsMaximum ?? false,
        capByLevelFen:
          national || pilot
            ? { ...(national ? { national } : {}), ...(pilot ? { municipal_pilot: pilot } : {}) }
            : null,
        capPerItemFen: fenOf(v.capPerItemWan),
        cumulativeCapPerApplicantFen: fenOf(v.cumulativeCapWan),
        capPerYearFen: fenOf(v.capPerYearWan),
        eligibility: v.eligibility ?? "any",
      };
    }
    case "factor":
      return { kind: "factor", factor: v.factor, responsibleUnit: v.responsibleUnit?.trim() };
    case "approval":
      return { kind: "approval", speedupMin: percentToRate(v.speedupPct) };
    case "case_by_case":
    case "financing":
      return { kind: v.kind };
  }
}
