import { amountEn, amountZh } from "../../../../../src/domain/incentives/money-words.js";
import {
  AWARD_BASE_LABELS,
  ELIGIBILITY_LABELS,
  FACTOR_TYPE_LABELS,
  type ClauseTerms,
} from "../../../../../src/domain/incentives/terms.js";
import { fen } from "../../../../../src/domain/money.js";
import { rateToPercent } from "./terms-form.js";

type Bilingual = { zh: string; en: string };

const cap = (fenText: string, zh: string, en: string): Bilingual => ({
  zh: `${zh}≤${amountZh(fen(BigInt(fenText)))}`,
  en: `${en} ≤ ${amountEn(fen(BigInt(fenText)))}`,
});

/** The terms in a few short phrases, e.g. 按项目投资额不超过20% · 国家级≤1,000万元. */
export function termsSummary(terms: ClauseTerms): Bilingual[] {
  switch (terms.kind) {
    case "reward":
    case "subsidy":
    case "grant": {
      const base = AWARD_BASE_LABELS[terms.base];
      const parts: Bilingual[] = [];
      if (terms.rate) {
        const pct = `${rateToPercent(terms.rate)}%`;
        parts.push({
          zh: `按${base.zh}${terms.rateIsMaximum ? "不超过" : ""}${pct}`,
          en: `${terms.rateIsMaximum ? "up to " : ""}${pct} of the ${base.en}`,
        });
      } else parts.push({ zh: `按${base.zh}`, en: `on the ${base.en}` });
      if (terms.capByLevelFen?.national) parts.push(cap(terms.capByLevelFen.national, "国家级", "national"));
      if (terms.capByLevelFen?.municipal_pilot)
        parts.push(cap(terms.capByLevelFen.municipal_pilot, "市级试点示范", "municipal pilot"));
      if (terms.capPerItemFen) parts.push(cap(terms.capPerItemFen, "单项", "per item"));
      if (terms.cumulativeCapPerApplicantFen)
        parts.push(cap(terms.cumulativeCapPerApplicantFen, "同一单位累计", "per applicant in total"));
      if (terms.capPerYearFen) parts.push(cap(terms.capPerYearFen, "每年", "per year"));
      if (terms.eligibility !== "any")
        parts.push({
          zh: `限${ELIGIBILITY_LABELS[terms.eligibility].zh}`,
          en: `${ELIGIBILITY_LABELS[terms.eligibility].en} only`,
        });
      return parts;
    }
    case "factor":
      return [
        FACTOR_TYPE_LABELS[terms.factor],
        { zh: `责任单位：${terms.responsibleUnit}`, en: `Responsible: ${terms.responsibleUnit}` },
      ];
    case "approval":
      return [
        {
          zh: `办结时间比法定时限提速${rateToPercent(terms.speedupMin)}%以上`,
          en: `at least ${rateToPercent(terms.speedupMin)}% faster than the statutory limit`,
        },
      ];
    case "case_by_case":
      return [{ zh: "一事一议", en: "case by case" }];
    case "financing":
      return [{ zh: "投融资支持，不按规则测算金额", en: "financing support, no amount reckoned" }];
  }
}
