import type { Bilingual, Period } from "./indicators.js";
import { periodEndDate } from "./indicators.js";

/**
 * What each plan indicator means in practice: its English name, what a user enters, and whether the
 * project library can count it. The library knows a project's special (专项) and stage, not what kind
 * of platform, laboratory or node it builds, so a count from specials is at best an approximation, and
 * most indicators can only be recorded.
 */

/** Completed projects (竣工投用) of some specials, dated by their actual end so that a past period counts as it stood. */
export interface LibraryCount {
  specials: readonly string[];
  stage: "completed";
  /** cumulative: completed by the period's end; within_year: completed in the period's year up to its end. */
  window: "cumulative" | "within_year";
  /** True when the count does not measure exactly what the indicator names. */
  approximate: boolean;
  rule: Bilingual;
}

/** The median speed-up of the approval items completed in the period, against their statutory limits. */
export interface ApprovalSpeedup {
  rule: Bilingual;
}

export interface IndicatorMeaning {
  en: string;
  unitEn: string;
  /** What to enter as the value. */
  entry: Bilingual;
  /** How far the library's count can be trusted, or why there is none. */
  caveat: Bilingual;
  count: LibraryCount | null;
  /** Computed from the approval items rather than counted from projects. */
  approvals?: ApprovalSpeedup;
}

export const INDICATOR_MEANINGS: Record<string, IndicatorMeaning> = {
  "5G_KEY_AREA_COVERAGE": {
    en: "5G coverage of key areas",
    unitEn: "%",
    entry: {
      zh: "填报重点区域 5G 网络覆盖率（%），0–100，最多 4 位小数",
      en: "Enter the 5G coverage of key areas in percent, 0–100, up to 4 decimals",
    },
    caveat: {
      zh: "覆盖率由通信管理部门测算；项目库的基础网络设施专项只记项目，不记覆盖范围，无法计算，须填报。",
      en: "Coverage is measured by the communications authority; the library's basic network special records projects, not coverage, so the value must be recorded.",
    },
    count: null,
  },
  COMPREHENSIVE_PLATFORMS: {
    en: "Comprehensive industrial-internet and AI service platforms",
    unitEn: "platforms",
    entry: {
      zh: "填报已培育的综合性工业互联网服务平台、人工智能服务平台数（家）",
      en: "Enter the number of comprehensive industrial-internet and AI service platforms established",
    },
    caveat: {
      zh: "项目库计数为近似值：专项不区分综合性平台与行业专业平台，一个项目也可能建成多个平台或不构成独立平台。有填报值时以填报值为准。",
      en: "The library's count is approximate: its specials do not tell comprehensive from specialised platforms, and a project may build several platforms or none on its own. A recorded value takes precedence.",
    },
    count: {
      specials: ["TRANS-1", "TRANS-2"],
      stage: "completed",
      window: "cumulative",
      approximate: true,
      rule: {
        zh: "人工智能公共服务平台（TRANS-1）、工业互联网平台（TRANS-2）专项中，截至期末已竣工投用的项目数",
        en: "Projects of the AI public service platforms (TRANS-1) and industrial internet platforms (TRANS-2) specials completed by the end of the period",
      },
    },
  },
  SPECIALISED_PLATFORMS: {
    en: "Specialised support platforms for particular links and fields of industry",
    unitEn: "platforms",
    entry: {
      zh: "填报已培育的面向产业特定环节和领域的专业支撑平台数（家）",
      en: "Enter the number of specialised support platforms established",
    },
    caveat: {
      zh: "项目库计数为近似值且明显偏低：多数专业支撑平台不是重大项目，不在项目库中，专项也不区分平台类型。有填报值时以填报值为准。",
      en: "The library's count is approximate and well below the truth: most specialised platforms are not major projects and are not in the library, and specials do not tell platform kinds apart. A recorded value takes precedence.",
    },
    count: {
      specials: ["TRANS-3", "TRANS-4"],
      stage: "completed",
      window: "cumulative",
      approximate: true,
      rule: {
        zh: "农业互联网平台（TRANS-3）、服务业互联网平台（TRANS-4）专项中，截至期末已竣工投用的项目数",
        en: "Projects of the agricultural internet platforms (TRANS-3) and service-industry internet platforms (TRANS-4) specials completed by the end of the period",
      },
    },
  },
  NATIONAL_LABS: {
    en: "National laboratories",
    unitEn: "labs",
    entry: {
      zh: "填报经国家批复建设的国家实验室数（个）",
      en: "Enter the number of national laboratories approved by the state",
    },
    caveat: {
      zh: "基础前沿研究平台专项（SCI-1）同时包含国家实验室、国家重点实验室、大科学装置及其培育、预研项目，项目库无法区分；国家实验室以国家批复为准，须填报。",
      en: "The frontier research platforms special (SCI-1) mixes national laboratories, state key laboratories, big-science facilities and their preparatory projects, which the library cannot tell apart; a national laboratory counts once the state approves it, so the value must be recorded.",
    },
    count: null,
  },
  BIG_SCIENCE_FACILITIES: {
    en: "Big-science facilities",
    unitEn: "facilities",
    entry: {
      zh: "填报已获批建设的大科学装置数（个）",
      en: "Enter the number of big-science facilities approved for construction",
    },
    caveat: {
      zh: "大科学装置与实验室、预研项目同在基础前沿研究平台专项（SCI-1）中，项目库无法区分，须填报。",
      en: "Big-science facilities share the frontier research platforms special (SCI-1) with laboratories and preparatory projects, which the library cannot tell apart, so the value must be recorded.",
    },
    count: null,
  },
  SMART_CITY_DEMOS_PER_YEAR: {
    en: "Nationally known smart-city application demonstrations (per year)",
    unitEn: "per year",
    entry: {
      zh: "填报当年打造的全国知名智慧城市应用示范项目数（个）；按月填报时为当年累计数",
      en: "Enter the number of nationally known smart-city demonstrations of the year; a month's value is the count of the year so far",
    },
    caveat: {
      zh: "是否“全国知名”以国家部委或全国性评选的认定为准，项目库不记录；公共服务智能化应用设施专项每年竣工的项目远多于示范项目，不能代替，须填报。",
      en: "Being nationally known depends on recognition by national ministries or national selections, which the library does not hold; far more smart public-service projects complete each year than become demonstrations, so the value must be recorded.",
    },
    count: null,
  },
  IDENTIFIER_RESOLUTION_NODES: {
    en: 'Industrial-internet identifier resolution "1+N"',
    unitEn: "secondary nodes",
    entry: {
      zh: "填报已上线运行的二级节点数 N（整数）。“1”指标识解析国家顶级节点（重庆），视为已建成，不另填报。",
      en: 'Enter N, the number of secondary nodes in operation (a whole number). The "1" is the national top node (Chongqing), taken as built and not entered.',
    },
    caveat: {
      zh: "关键枢纽设施专项（NET-2）还包含互联网骨干直联点、国际数据专用通道等，二级节点也多由企业自建、不在项目库中，无法计算，须填报。",
      en: "The key hub facilities special (NET-2) also holds backbone direct-connection points and the international data channel, and most secondary nodes are built by enterprises outside the library, so the value must be recorded.",
    },
    count: null,
  },
  APPROVAL_SPEEDUP: {
    en: "Approval time saved against statutory time limits",
    unitEn: "%",
    entry: {
      zh: "填报评估、审批、备案实际办结时间比法定办结时限缩短的比例（%）",
      en: "Enter by how much (in percent) evaluations, approvals and filings were completed faster than their statutory time limits",
    },
    caveat: {
      zh: "由平台的审批记录计算；只含已登记的事项，未在平台登记的审批不在其中。有填报值时以填报值为准。",
      en: "Computed from the approval records on the platform; approvals not recorded here are not in it. A recorded value takes precedence.",
    },
    count: null,
    approvals: {
      rule: {
        zh: "期间内办结的评估、审批、备案事项，逐项计算“1 − 实际办理工作日 ÷ 法定办结时限”，取中位数（%，向下取一位小数）。按工作日计：扣除法定节假日，计入调休上班日；申报当日不计，办结当日计。",
        en: "For each evaluation, approval or filing completed in the period, 1 − working days taken ÷ statutory limit; the median of these, in percent rounded down to one decimal. Working days leave out public holidays and include make-up working days; the day of submission does not count, the day of completion does.",
      },
    },
  },
};

/** For an indicator a later plan adds without a description here: recorded only, named in Chinese. */
export function meaningOf(code: string, zh: string, unit: string): IndicatorMeaning {
  return (
    INDICATOR_MEANINGS[code] ?? {
      en: zh,
      unitEn: unit,
      entry: { zh: "填报本期数值", en: "Enter the value for the period" },
      caveat: { zh: "项目库无法计算，须填报。", en: "The library cannot compute it; it is recorded." },
      count: null,
    }
  );
}

/** The completion dates a library count takes for a period: up to its end (or today, if sooner). */
export function countWindow(
  count: LibraryCount,
  period: Period,
  today: string,
): { from: string | null; to: string } {
  const end = periodEndDate(period);
  const to = end < today ? end : today;
  return { from: count.window === "within_year" ? `${period.year}-01-01` : null, to };
}

/** The completion dates the approval speed-up takes for a period: from its first day to its end (or today). */
export function approvalWindow(period: Period, today: string): { from: string; to: string } {
  const end = periodEndDate(period);
  const from = `${period.year}-${String(period.month ?? 1).padStart(2, "0")}-01`;
  return { from, to: end < today ? end : today };
}

/** The plan's order of its indicators; indicators unknown here follow by code. */
export function byPlanOrder(a: string, b: string): number {
  const order = Object.keys(INDICATOR_MEANINGS);
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
