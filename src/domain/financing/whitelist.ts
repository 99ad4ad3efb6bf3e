import { STAGE_LABELS, type Stage } from "../lifecycle.js";
import { formatAmount, type Fen } from "../money.js";
import { LEVEL_LABELS, type ProjectLevel } from "../plan.js";

/**
 * The rules that propose candidates for the major-project whitelist (重大项目白名单). A project is a
 * candidate when every rule holds: its stage and level are listed, its financing gap (total investment
 * less what is secured) is above the threshold, and, when asked, it had no red warning in the latest
 * fully past month.
 */
export interface WhitelistRules {
  stages: readonly Stage[];
  /** The gap must be strictly greater than this many fen. */
  minGapFen: Fen;
  excludeRed: boolean;
  levels: readonly ProjectLevel[];
}

export const DEFAULT_WHITELIST_RULES: WhitelistRules = {
  stages: ["new_start", "under_construction"],
  minGapFen: 1n as Fen,
  excludeRed: true,
  levels: ["national", "municipal"],
};

/** A project's dispatch figures in the month the warning rule looks at. */
export interface MonthWarning {
  month: string;
  baseLevel: "red" | "yellow" | "green";
  reportDue: boolean;
  reported: boolean;
  /** The month's report deadline, YYYY-MM-DD. */
  deadline: string;
  deadlinePassed: boolean;
}

export interface WhitelistProject {
  stage: Stage;
  level: ProjectLevel;
  totalInvestmentFen: Fen;
  securedFen: Fen;
  /** The month assessed, and the project's figures in it (null when the month has none for it). */
  month: string | null;
  warning: MonthWarning | null;
}

export const WHITELIST_RULE_KINDS = ["stage", "gap", "warning", "level"] as const;
export type WhitelistRuleKind = (typeof WHITELIST_RULE_KINDS)[number];

export interface WhitelistReason {
  rule: WhitelistRuleKind;
  met: boolean;
  zh: string;
  en: string;
  /** The numbers behind the words (amounts as fen strings). */
  figures: Record<string, string>;
}

export interface WhitelistAssessment {
  eligible: boolean;
  gapFen: Fen;
  reasons: WhitelistReason[];
}

/** Amounts in words: yuan with two decimals is exact to the fen. */
const yuan = (amount: Fen) => `${formatAmount(amount, "yuan", 2)} 元`;
const yuanEn = (amount: Fen) => `CNY ${formatAmount(amount, "yuan", 2)}`;

const listZh = (labels: { zh: string }[]) => labels.map((l) => l.zh).join("、");
const listEn = (labels: { en: string }[]) => labels.map((l) => l.en).join(", ");

/** Why a month counts as red: a red warning from the dispatch rules, or its report missing past the deadline. */
export function redWarning(w: MonthWarning): { zh: string; en: string } | null {
  if (w.baseLevel === "red") return { zh: `调度预警为红色`, en: "the dispatch rules raised a red warning" };
  if (w.reportDue && !w.reported && w.deadlinePassed)
    return {
      zh: `月报逾期未报（应于 ${w.deadline} 前报送）`,
      en: `its report was not filed by the deadline of ${w.deadline}`,
    };
  return null;
}

function stageReason(p: WhitelistProject, rules: WhitelistRules): WhitelistReason {
  const met = rules.stages.includes(p.stage);
  const own = STAGE_LABELS[p.stage];
  const listed = rules.stages.map((s) => STAGE_LABELS[s]);
  return {
    rule: "stage",
    met,
    zh: met
      ? `阶段为“${own.zh}”，属于规则所列阶段（${listZh(listed)}）`
      : `阶段为“${own.zh}”，不在规则所列阶段（${listZh(listed)}）内`,
    en: met
      ? `stage is ${own.en}, one of the rule's stages (${listEn(listed)})`
      : `stage is ${own.en}, not one of the rule's stages (${listEn(listed)})`,
    figures: { stage: p.stage, stages: rules.stages.join(",") },
  };
}

function gapReason(p: WhitelistProject, rules: WhitelistRules, gap: Fen): WhitelistReason {
  const met = gap > rules.minGapFen;
  const how = `总投资 ${yuan(p.totalInvestmentFen)} − 已落实 ${yuan(p.securedFen)}`;
  const howEn = `total ${yuanEn(p.totalInvestmentFen)} less secured ${yuanEn(p.securedFen)}`;
  return {
    rule: "gap",
    met,
    zh: `融资缺口 ${yuan(gap)}（${how}），${met ? "大于" : "未超过"}门槛 ${yuan(rules.minGapFen)}`,
    en: `financing gap ${yuanEn(gap)} (${howEn}) ${met ? "is above" : "is not above"} the threshold of ${yuanEn(rules.minGapFen)}`,
    figures: {
      gapFen: gap.toString(),
      totalInvestmentFen: p.totalInvestmentFen.toString(),
      securedFen: p.securedFen.toString(),
      minGapFen: rules.minGapFen.toString(),
    },
  };
}

function warningReason(p: WhitelistProject, rules: WhitelistRules): WhitelistReason {
  if (!rules.excludeRed)
    return {
      rule: "warning",
      met: true,
      zh: "规则未要求排除红色预警项目",
      en: "the rules do not exclude projects with a red warning",
      figures: { excludeRed: "false" },
    };
  if (!p.month || !p.warning) {
    const month = p.month ?? "";
    return {
      rule: "warning",
      met: true,
      zh: month ? `${month} 无该项目调度数据，不视为红色预警` : "尚无已结束的调度月份，不视为红色预警",
      en: month
        ? `no dispatch figures for the project in ${month}, so no red warning`
        : "no dispatch month has ended yet, so no red warning",
      figures: { month },
    };
  }
  const red = redWarning(p.warning);
  const figures = {
    month: p.month,
    baseLevel: p.warning.baseLevel,
    reportDue: String(p.warning.reportDue),
    reported: String(p.warning.reported),
    deadline: p.warning.deadline,
  };
  return red
    ? {
        rule: "warning",
        met: false,
        zh: `${p.month} 为红色预警：${red.zh}`,
        en: `red warning in ${p.month}: ${red.en}`,
        figures,
      }
    : {
        rule: "warning",
        met: true,
        zh: `${p.month} 无红色预警`,
        en: `no red warning in ${p.month}`,
        figures,
      };
}

function levelReason(p: WhitelistProject, rules: WhitelistRules): WhitelistReason {
  const met = rules.levels.includes(p.level);
  const own = LEVEL_LABELS[p.level];
  const listed = rules.levels.map((l) => LEVEL_LABELS[l]);
  return {
    rule: "level",
    met,
    zh: met
      ? `级别为“${own.zh}”，属于规则所列级别（${listZh(listed)}）`
      : `级别为“${own.zh}”，不在规则所列级别（${listZh(listed)}）内`,
    en: met
      ? `level is ${own.en}, one of the rule's levels (${listEn(listed)})`
      : `level is ${own.en}, not one of the rule's levels (${listEn(listed)})`,
    figures: { level: p.level, levels: rules.levels.join(",") },
  };
}

/** Weighs one project against the rules: every rule's outcome in words, and whether all of them hold. */
export function assessForWhitelist(p: WhitelistProject, rules: WhitelistRules): WhitelistAssessment {
  const gapFen = (p.totalInvestmentFen - p.securedFen) as Fen;
  const reasons = [
    stageReason(p, rules),
    gapReason(p, rules, gapFen),
    warningReason(p, rules),
    levelReason(p, rules),
  ];
  return { eligible: reasons.every((r) => r.met), gapFen, reasons };
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Whitelist entries move candidate → confirmed → published; any of them may be removed. */
export const WHITELIST_STATUSES = ["candidate", "confirmed", "published", "removed"] as const;
export type WhitelistStatus = (typeof WHITELIST_STATUSES)[number];
export type WhitelistAction = "confirm" | "publish" | "remove";

const ACTION_FROM: Record<WhitelistAction, readonly WhitelistStatus[]> = {
  confirm: ["candidate"],
  publish: ["confirmed"],
  remove: ["candidate", "confirmed", "published"],
};
export const ACTION_TO: Record<WhitelistAction, WhitelistStatus> = {
  confirm: "confirmed",
  publish: "published",
  remove: "removed",
};

const STATUS_WORDS: Record<WhitelistStatus, { zh: string; en: string }> = {
  candidate: { zh: "候选", en: "candidate" },
  confirmed: { zh: "已确认", en: "confirmed" },
  published: { zh: "已发布", en: "published" },
  removed: { zh: "已移出", en: "removed" },
};
const ACTION_WORDS: Record<WhitelistAction, { zh: string; en: string }> = {
  confirm: { zh: "确认", en: "confirmed" },
  publish: { zh: "发布", en: "published" },
  remove: { zh: "移出", en: "removed" },
};

/** Null when the action may be taken on an entry in `status`, otherwise why not in both languages. */
export function actionRefusal(
  status: WhitelistStatus,
  action: WhitelistAction,
): { zh: string; en: string } | null {
  if (ACTION_FROM[action].includes(status)) return null;
  const from = ACTION_FROM[action].map((s) => STATUS_WORDS[s]);
  return {
    zh: `“${STATUS_WORDS[status].zh}”状态的名单项不能${ACTION_WORDS[action].zh}（仅限${listZh(from)}）`,
    en: `a ${STATUS_WORDS[status].en} entry cannot be ${ACTION_WORDS[action].en} (only a ${from.map((f) => f.en).join(" or ")} one)`,
  };
}

export const CREDIT_DECISIONS = ["in_review", "approved", "declined"] as const;
export type CreditDecision = (typeof CREDIT_DECISIONS)[number];

/** A bank's decision must carry an amount when approved and none when declined. */
export function creditDecisionProblem(
  decision: CreditDecision,
  amountFen: Fen,
): { field: string; zh: string; en: string } | null {
  if (decision === "approved" && amountFen <= 0n)
    return {
      field: "amountFen",
      zh: "批准授信须填写大于 0 的金额",
      en: "an approval needs an amount above zero",
    };
  if (decision === "declined" && amountFen !== 0n)
    return {
      field: "amountFen",
      zh: "不予授信时金额应为 0",
      en: "a declined decision carries no amount",
    };
  return null;
}
