import { formatAmount, type Fen } from "../money.js";
import { rankBy, type BulletinData, type IndicatorStanding } from "./bulletin.js";

export const STANDING_ZH: Record<IndicatorStanding, string> = {
  met: "已达标",
  on_track: "进度正常",
  behind: "滞后",
  no_data: "暂无数据",
};

export const SOURCE_ZH = { recorded: "填报", computed: "项目库计算" } as const;

/** "2021-06" → "2021年6月". */
export function monthWords(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** The months of the year up to the bulletin's: "1–6月", or "1月" in January. */
export function periodWords(month: string): string {
  const m = Number(month.slice(5, 7));
  return m === 1 ? "1月" : `1–${m}月`;
}

/** The line under the title: scope, month, report deadline and the day the figures were read. */
export function bulletinByline(data: BulletinData): string {
  const gap = "\u3000\u3000";
  return [
    `范围：${data.scopeWords}`,
    `调度月份：${monthWords(data.month)}`,
    `月报截止：${data.reporting.dueDate}`,
    `数据截至：${data.asOf}`,
  ].join(gap);
}

export function bulletinTitle(month: string): string {
  return `重庆市新型基础设施重大项目调度通报（${monthWords(month)}）`;
}

/** A file name for the bulletin: title-free, safe on every file system, e.g. "调度通报-2021年6月-渝北区.pdf". */
export function bulletinFileName(month: string, scopeWords: string, extension: "xlsx" | "pdf"): string {
  const scope = scopeWords.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
  return `调度通报-${monthWords(month)}-${scope}.${extension}`;
}

/** 亿元 with two decimals, e.g. "1,234.56". */
export const yi = (amount: Fen) => formatAmount(amount, "yi", 2);

/** A rate in percent with one decimal, or "—" when nothing was due. */
export const percent = (rate: number | null) => (rate === null ? "—" : `${rate.toFixed(1)}%`);

/** Scope parts joined in words; no part at all means the caller sees no project. */
export function scopeInWords(scope: { all: true } | { all: false; parts: readonly string[] }): string {
  if (scope.all) return "全市";
  return scope.parts.length ? scope.parts.join("、") : "无可见项目";
}

const DISTRICTS_NAMED = 3;

/**
 * The summary paragraphs at the head of the bulletin, e.g. "全市共 375 个项目，总投资 3,983.00 亿元。
 * 1–6月完成投资 X 亿元，完成率 Y%…". Each figure is the one the tables show.
 */
export function summaryParagraphs(data: BulletinData): string[] {
  const t = data.totals;
  const m = Number(data.month.slice(5, 7));
  const period = periodWords(data.month);
  const paragraphs = [
    `${data.scopeWords}共 ${t.projects} 个项目，总投资 ${yi(t.totalFen)} 亿元。` +
      `${period}完成投资 ${yi(t.yearToDateFen)} 亿元，完成率 ${percent(t.completionRate)}（年度计划 ${yi(t.plannedFen)} 亿元）；` +
      `其中${m}月完成 ${yi(t.monthFen)} 亿元；开工以来累计完成 ${yi(t.cumulativeFen)} 亿元。`,
    `年内计划开工 ${t.startsPlannedYear} 个，截至${m}月应开工 ${t.startsDue} 个，已开工 ${t.started} 个，开工率 ${percent(t.startRate)}。` +
      `${m}月应报月报 ${data.reporting.totals.due} 个，按时报送 ${data.reporting.totals.onTime} 个，` +
      `迟报 ${data.reporting.totals.late} 个，未报 ${data.reporting.totals.missing} 个。`,
    `调度预警红灯 ${t.red} 个、黄灯 ${t.yellow} 个、绿灯 ${t.green} 个；` +
      `未办结协调问题 ${data.problems.open} 个，其中逾期 ${data.problems.overdue} 个。`,
  ];
  const ranked = rankBy(data.districts, "completionRate").filter((r) => r.rank !== null);
  if (ranked.length >= DISTRICTS_NAMED * 2) {
    const named = (rs: typeof ranked) =>
      rs.map((r) => `${r.item.zh}（${percent(r.item.completionRate)}）`).join("、");
    paragraphs.push(
      `投资完成率居前的区县：${named(ranked.slice(0, DISTRICTS_NAMED))}；` +
        `居后的区县：${named(ranked.slice(-DISTRICTS_NAMED).reverse())}。`,
    );
  }
  if (data.indicators.length) {
    const count = (standing: IndicatorStanding) =>
      data.indicators.filter((i) => i.standing === standing).length;
    const parts = (["met", "on_track", "behind", "no_data"] as const)
      .filter((standing) => count(standing) > 0)
      .map((standing) => `${STANDING_ZH[standing]} ${count(standing)} 项`);
    paragraphs.push(`发展目标 ${data.indicators.length} 项：${parts.join("、")}。`);
  }
  return paragraphs;
}
