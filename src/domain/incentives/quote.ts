import type { FieldProblem } from "../errors.js";
import { applyRateFloor, type Fen } from "../money.js";
import { amountEn, amountZh, percentText } from "./money-words.js";
import {
  AWARD_BASE_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  CLAUSE_KIND_LABELS,
  isMonetaryTerms,
  type AwardLevel,
  type ClauseTerms,
  type MonetaryTerms,
} from "./terms.js";

/**
 * The most a clause pays for one application, with the reckoning in words. Amounts are bigint fen;
 * rate × base is rounded DOWN to the fen (a support payment never exceeds what the rate allows), and
 * every cap is applied after that, in the order the plan states them.
 */
export interface QuoteInput {
  clauseCode: string;
  terms: ClauseTerms;
  /** Required when the clause caps awards by project level. */
  level: AwardLevel | null;
  baseFen: Fen;
  /** Whether the applicant is a small or micro enterprise; null when not stated. */
  applicantIsSme: boolean | null;
  /** The year whose per-year cap applies. */
  year: number;
  /** What the applicant already received under this clause; null when no applicant is named. */
  received: { cumulativeFen: Fen; yearFen: Fen } | null;
}

export const QUOTE_STEP_KINDS = [
  "eligibility",
  "base",
  "level_cap",
  "item_cap",
  "cumulative_cap",
  "year_cap",
  "result",
  "no_amount",
] as const;
export type QuoteStepKind = (typeof QUOTE_STEP_KINDS)[number];

export interface QuoteStep {
  kind: QuoteStepKind;
  zh: string;
  en: string;
  /** The amount after this step, where the step computes one. */
  amountFen: Fen | null;
}

/** What limited the award in the end. */
export type Binding = "rate" | "base" | "level_cap" | "item_cap" | "cumulative_cap" | "year_cap";

export interface Quote {
  clauseCode: string;
  eligible: boolean;
  /** null: the clause pays no amount reckoned by rule (case by case, or not money). */
  maxAwardFen: Fen | null;
  /** The most for this application alone, before the applicant's cumulative and yearly caps. */
  itemMaxFen: Fen | null;
  binding: Binding | null;
  steps: QuoteStep[];
}

/** Input the clause cannot be quoted without, as field problems (level missing or not one it caps). */
export function quoteInputProblems(terms: ClauseTerms, level: AwardLevel | null): FieldProblem[] {
  if (!isMonetaryTerms(terms) || !terms.capByLevelFen) return [];
  const levels = AWARD_LEVELS.filter((l) => terms.capByLevelFen?.[l] !== undefined);
  if (level && levels.includes(level)) return [];
  const zh = levels.map((l) => AWARD_LEVEL_LABELS[l].zh).join("或");
  const en = levels.map((l) => AWARD_LEVEL_LABELS[l].en).join(" or ");
  return [
    {
      field: "level",
      message: `本条款按项目级别设上限，须指明${zh}`,
      messageEn: `this clause caps awards by project level; state ${en}`,
    },
  ];
}

const min = (a: Fen, b: Fen): Fen => (a < b ? a : b);
const zero = 0n as Fen;

/** Quotes one application under a clause's terms. Input is assumed to pass quoteInputProblems. */
export function quoteAward(input: QuoteInput): Quote {
  const { terms, clauseCode } = input;
  if (!isMonetaryTerms(terms)) return noAmount(clauseCode, terms);
  const steps: QuoteStep[] = [];
  const refused = eligibilityStep(terms, input.applicantIsSme);
  if (refused) {
    steps.push(refused.step);
    if (!refused.eligible)
      return { clauseCode, eligible: false, maxAwardFen: zero, itemMaxFen: zero, binding: null, steps };
  }

  const baseLabel = AWARD_BASE_LABELS[terms.base];
  let amount: Fen;
  let binding: Binding;
  if (terms.rate) {
    amount = applyRateFloor(input.baseFen, terms.rate);
    binding = "rate";
    const pct = percentText(terms.rate);
    const [upZh, upEn] = terms.rateIsMaximum ? ["不超过", "up to "] : ["", ""];
    steps.push({
      kind: "base",
      zh: `按${baseLabel.zh}的${upZh}${pct}：${amountZh(input.baseFen)} × ${pct} = ${amountZh(amount)}（向下取整到分）`,
      en: `${upEn}${pct} of the ${baseLabel.en}: ${amountEn(input.baseFen)} × ${pct} = ${amountEn(amount)} (rounded down to the fen)`,
      amountFen: amount,
    });
  } else {
    amount = input.baseFen;
    binding = "base";
    steps.push({
      kind: "base",
      zh: `按${baseLabel.zh}：${amountZh(amount)}`,
      en: `On the ${baseLabel.en}: ${amountEn(amount)}`,
      amountFen: amount,
    });
  }

  const levelCap = input.level ? terms.capByLevelFen?.[input.level] : undefined;
  if (input.level && levelCap !== undefined) {
    const cap = BigInt(levelCap) as Fen;
    const label = AWARD_LEVEL_LABELS[input.level];
    const capped = amount > cap;
    amount = min(amount, cap);
    if (capped) binding = "level_cap";
    steps.push({
      kind: "level_cap",
      zh: capped
        ? `${label.zh}${CLAUSE_KIND_LABELS[terms.kind].zh}不超过${amountZh(cap)}，取上限：${amountZh(amount)}`
        : `${label.zh}上限${amountZh(cap)}，未超出`,
      en: capped
        ? `capped at ${amountEn(cap)} for a ${label.en}: ${amountEn(amount)}`
        : `within the cap of ${amountEn(cap)} for a ${label.en}`,
      amountFen: amount,
    });
  }

  if (terms.capPerItemFen) {
    const cap = BigInt(terms.capPerItemFen) as Fen;
    const capped = amount > cap;
    amount = min(amount, cap);
    if (capped) binding = "item_cap";
    steps.push({
      kind: "item_cap",
      zh: capped
        ? `单项最高不超过${amountZh(cap)}，取上限：${amountZh(amount)}`
        : `单项上限${amountZh(cap)}，未超出`,
      en: capped
        ? `capped at ${amountEn(cap)} per item: ${amountEn(amount)}`
        : `within the cap of ${amountEn(cap)} per item`,
      amountFen: amount,
    });
  }
  const itemMaxFen = amount;

  if (terms.cumulativeCapPerApplicantFen) {
    const cap = BigInt(terms.cumulativeCapPerApplicantFen) as Fen;
    const step = remainderStep(
      "cumulative_cap",
      cap,
      input.received?.cumulativeFen ?? null,
      amount,
      input.year,
    );
    if (step.amountFen !== null && step.amountFen < amount) binding = "cumulative_cap";
    amount = step.amountFen ?? amount;
    steps.push(step);
  }
  if (terms.capPerYearFen) {
    const cap = BigInt(terms.capPerYearFen) as Fen;
    const step = remainderStep("year_cap", cap, input.received?.yearFen ?? null, amount, input.year);
    if (step.amountFen !== null && step.amountFen < amount) binding = "year_cap";
    amount = step.amountFen ?? amount;
    steps.push(step);
  }

  steps.push({
    kind: "result",
    zh: `最高可获${CLAUSE_KIND_LABELS[terms.kind].zh}：${amountZh(amount)}`,
    en: `Maximum ${CLAUSE_KIND_LABELS[terms.kind].en.toLowerCase()}: ${amountEn(amount)}`,
    amountFen: amount,
  });
  return { clauseCode, eligible: true, maxAwardFen: amount, itemMaxFen, binding, steps };
}

function eligibilityStep(
  terms: MonetaryTerms,
  isSme: boolean | null,
): { eligible: boolean; step: QuoteStep } | null {
  switch (terms.eligibility) {
    case "any":
      return null;
    case "sme":
      return isSme
        ? {
            eligible: true,
            step: {
              kind: "eligibility",
              zh: "本条款仅限中小微企业；申请单位为中小微企业，符合条件",
              en: "This clause is for small and micro enterprises only; the applicant is one",
              amountFen: null,
            },
          }
        : {
            eligible: false,
            step: {
              kind: "eligibility",
              zh: `不符合条件：本条款仅限中小微企业，申请单位${isSme === false ? "不是" : "未声明为"}中小微企业`,
              en: `Not eligible: this clause is for small and micro enterprises only, and the applicant ${isSme === false ? "is not one" : "has not stated that it is one"}`,
              amountFen: null,
            },
          };
  }
}

/** A cap shared by all of an applicant's awards (in total, or in one year): what is left of it. */
function remainderStep(
  kind: "cumulative_cap" | "year_cap",
  cap: Fen,
  received: Fen | null,
  amount: Fen,
  year: number,
): QuoteStep {
  const [whatZh, whatEn] =
    kind === "cumulative_cap"
      ? ["同一单位累计上限", "cumulative cap per applicant"]
      : [`同一单位每年上限（${year}年）`, `cap per applicant for ${year}`];
  if (received === null) {
    const capped = min(amount, cap);
    return {
      kind,
      zh: `${whatZh}${amountZh(cap)}（未指明申请单位，未扣除其已获金额）${capped < amount ? `，取上限：${amountZh(capped)}` : ""}`,
      en: `${whatEn} ${amountEn(cap)} (no applicant named, so nothing already received is deducted)${capped < amount ? `: ${amountEn(capped)}` : ""}`,
      amountFen: capped,
    };
  }
  const left = received >= cap ? zero : ((cap - received) as Fen);
  const capped = min(amount, left);
  const [inZh, inEn] = kind === "cumulative_cap" ? ["", ""] : [`${year}年`, ` in ${year}`];
  const tailZh =
    left === zero
      ? "，已用完，本次不能再获支持"
      : capped < amount
        ? `，本次最多${amountZh(capped)}`
        : "，未超出";
  const tailEn =
    left === zero
      ? "; it is used up, so nothing more can be awarded"
      : capped < amount
        ? `, so at most ${amountEn(capped)}`
        : "; within it";
  return {
    kind,
    zh: `${whatZh}${amountZh(cap)}：该单位${inZh}已获${amountZh(received)}，尚余${amountZh(cap)} − ${amountZh(received)} = ${amountZh(left)}${tailZh}`,
    en: `${whatEn} ${amountEn(cap)}: the applicant already received ${amountEn(received)}${inEn}, leaving ${amountEn(cap)} − ${amountEn(received)} = ${amountEn(left)}${tailEn}`,
    amountFen: capped,
  };
}

function noAmount(clauseCode: string, terms: ClauseTerms): Quote {
  const label = CLAUSE_KIND_LABELS[terms.kind];
  const [zh, en] =
    terms.kind === "case_by_case"
      ? [
          "本条款采取“一事一议”，不按规则测算金额，由市级研究确定",
          "This clause is decided case by case: no amount is reckoned by rule",
        ]
      : terms.kind === "factor"
        ? [
            `本条款为要素保障（${label.zh}），不涉及资金测算，请提出要素保障申请`,
            `This clause gives ${label.en.toLowerCase()}, not money: raise a factor request instead`,
          ]
        : [
            `本条款为${label.zh}支持，不涉及奖补资金测算`,
            `This clause gives ${label.en.toLowerCase()} support, not an award to reckon`,
          ];
  return {
    clauseCode,
    eligible: terms.kind === "case_by_case",
    maxAwardFen: null,
    itemMaxFen: null,
    binding: null,
    steps: [{ kind: "no_amount", zh, en, amountFen: null }],
  };
}

/**
 * Why an amount cannot be approved under a quote: over what the application itself allows (a field
 * problem), or over what is left of a cap the applicant shares with its other awards (a conflict).
 */
export function approvalRefusal(
  quote: Quote,
  amount: Fen,
  capFen: { cumulative: Fen | null; year: Fen | null },
  year: number,
): { kind: "over_item"; zh: string; en: string } | { kind: "over_cap"; zh: string; en: string } | null {
  if (quote.maxAwardFen === null || quote.itemMaxFen === null) return null;
  if (amount <= quote.maxAwardFen) return null;
  if (amount > quote.itemMaxFen)
    return {
      kind: "over_item",
      zh: `批准金额${amountZh(amount)}超过本申请按条款可获的最高额${amountZh(quote.itemMaxFen)}`,
      en: `the amount ${amountEn(amount)} is over the most this application can receive under the clause, ${amountEn(quote.itemMaxFen)}`,
    };
  const left = quote.maxAwardFen;
  if (quote.binding === "year_cap" && capFen.year !== null)
    return {
      kind: "over_cap",
      zh: `超出${quote.clauseCode}同一单位每年最高${amountZh(capFen.year)}的上限：该单位${year}年尚余${amountZh(left)}，不能批准${amountZh(amount)}`,
      en: `over the ${quote.clauseCode} cap of ${amountEn(capFen.year)} per applicant and year: ${amountEn(left)} is left for ${year}, so ${amountEn(amount)} cannot be approved`,
    };
  const cap = capFen.cumulative ?? zero;
  return {
    kind: "over_cap",
    zh: `超出${quote.clauseCode}同一单位累计最高${amountZh(cap)}的上限：该单位尚余${amountZh(left)}，不能批准${amountZh(amount)}`,
    en: `over the ${quote.clauseCode} cumulative cap of ${amountEn(cap)} per applicant: ${amountEn(left)} is left, so ${amountEn(amount)} cannot be approved`,
  };
}
