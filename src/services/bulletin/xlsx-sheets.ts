import type ExcelJS from "exceljs";
import {
  districtRanking,
  orderProblems,
  orderRedFlags,
  type BulletinData,
  type BulletinGroup,
  type BulletinIndicator,
  type BulletinProblem,
  type DistrictRank,
  type RedFlag,
} from "../../domain/dispatch/bulletin.js";
import { monthWords, periodWords, SOURCE_ZH, STANDING_ZH } from "../../domain/dispatch/bulletin-text.js";
import { isExactAsNumber } from "../register/write.js";
import { integer, pct, tableSheet, text, wan, type XlsxCell, type XlsxColumn } from "./xlsx-table.js";

export const SHEETS = {
  overview: "概况",
  sectors: "分行业",
  districts: "区县排名",
  redFlags: "红灯项目",
  problems: "问题协调",
  indicators: "指标进度",
} as const;

const rank = (n: number | null): XlsxCell => (n === null ? text("—") : integer(n));
const heading = (data: BulletinData, what: string) =>
  `${what}（${monthWords(data.month)}，${data.scopeWords}）`;

export function sectorSheet(book: ExcelJS.Workbook, data: BulletinData): void {
  const period = periodWords(data.month);
  const columns: XlsxColumn<BulletinGroup>[] = [
    { header: "行业板块", width: 22, cell: (g) => text(g.zh) },
    { header: "项目数（个）", width: 9, cell: (g) => integer(g.projects) },
    { header: "总投资（万元）", width: 16, cell: (g) => wan(g.totalFen) },
    { header: "年度计划投资（万元）", width: 16, cell: (g) => wan(g.plannedFen) },
    { header: "本月完成投资（万元）", width: 15, cell: (g) => wan(g.monthFen) },
    { header: `${period}完成投资（万元）`, width: 16, cell: (g) => wan(g.yearToDateFen) },
    { header: "年度完成率（%）", width: 10, cell: (g) => pct(g.completionRate) },
    { header: "开工以来累计完成（万元）", width: 16, cell: (g) => wan(g.cumulativeFen) },
    { header: "年内计划开工（个）", width: 10, cell: (g) => integer(g.startsPlannedYear) },
    { header: "截至本月应开工（个）", width: 10, cell: (g) => integer(g.startsDue) },
    { header: "已开工（个）", width: 9, cell: (g) => integer(g.started) },
    { header: "开工率（%）", width: 9, cell: (g) => pct(g.startRate) },
    { header: "红灯（个）", width: 8, cell: (g) => integer(g.red) },
    { header: "黄灯（个）", width: 8, cell: (g) => integer(g.yellow) },
  ];
  const total = { ...data.totals, key: "total", zh: "合计" };
  tableSheet(book, SHEETS.sectors, heading(data, "分行业推进情况"), columns, data.sectors, {
    total,
    empty: "本范围内无项目",
  });
}

export function districtSheet(book: ExcelJS.Workbook, data: BulletinData): void {
  const period = periodWords(data.month);
  const columns: XlsxColumn<DistrictRank>[] = [
    { header: "完成率排名", width: 8, cell: (r) => rank(r.completionRank) },
    { header: "区县", width: 12, cell: (r) => text(r.district.zh) },
    { header: "项目数（个）", width: 9, cell: (r) => integer(r.district.projects) },
    { header: "年度计划投资（万元）", width: 16, cell: (r) => wan(r.district.plannedFen) },
    { header: `${period}完成投资（万元）`, width: 16, cell: (r) => wan(r.district.yearToDateFen) },
    { header: "年度完成率（%）", width: 10, cell: (r) => pct(r.district.completionRate) },
    { header: "开工率排名", width: 8, cell: (r) => rank(r.startRank) },
    { header: "年内计划开工（个）", width: 10, cell: (r) => integer(r.district.startsPlannedYear) },
    { header: "已开工（个）", width: 9, cell: (r) => integer(r.district.started) },
    { header: "开工率（%）", width: 9, cell: (r) => pct(r.district.startRate) },
    { header: "应报月报（个）", width: 9, cell: (r) => integer(r.reporting?.due ?? 0) },
    { header: "迟报（个）", width: 8, cell: (r) => integer(r.reporting?.late ?? 0) },
    { header: "未报（个）", width: 8, cell: (r) => integer(r.reporting?.missing ?? 0) },
    { header: "红灯（个）", width: 8, cell: (r) => integer(r.district.red) },
  ];
  tableSheet(book, SHEETS.districts, heading(data, "区县排名"), columns, districtRanking(data), {
    empty: "本范围内无区县数据",
  });
}

export function redFlagSheet(book: ExcelJS.Workbook, data: BulletinData): void {
  const columns: XlsxColumn<RedFlag>[] = [
    { header: "序号", width: 6, cell: (_f, i) => integer(i + 1) },
    { header: "项目编号", width: 9, cell: (f) => integer(f.id) },
    { header: "项目名称", width: 40, cell: (f) => text(f.name), wrap: true },
    { header: "区县", width: 12, cell: (f) => text(f.districtZh) },
    { header: "行业板块", width: 18, cell: (f) => text(f.sectorZh) },
    { header: "专项", width: 18, cell: (f) => text(f.specialZh) },
    { header: "预警原因", width: 60, cell: (f) => text(f.reasons.join("；")), wrap: true },
  ];
  tableSheet(book, SHEETS.redFlags, heading(data, "红灯项目"), columns, orderRedFlags(data.redFlags), {
    empty: "本月无红灯项目",
  });
}

export function problemSheet(book: ExcelJS.Workbook, data: BulletinData): void {
  const columns: XlsxColumn<BulletinProblem>[] = [
    { header: "序号", width: 6, cell: (_p, i) => integer(i + 1) },
    { header: "项目", width: 34, cell: (p) => text(p.projectName), wrap: true },
    { header: "区县", width: 12, cell: (p) => text(p.districtZh) },
    { header: "问题类别", width: 10, cell: (p) => text(p.category) },
    { header: "问题", width: 36, cell: (p) => text(p.title), wrap: true },
    { header: "责任单位", width: 22, cell: (p) => text(p.responsibleUnit), wrap: true },
    { header: "协调层级", width: 10, cell: (p) => text(p.tier) },
    { header: "办结时限", width: 12, cell: (p) => text(p.dueDate) },
    { header: "逾期天数", width: 9, cell: (p) => integer(Math.max(p.overdueDays, 0)) },
    { header: "状态", width: 10, cell: (p) => text(p.overdueDays > 0 ? "逾期" : "办理中") },
  ];
  const title = heading(
    data,
    `问题协调：未办结 ${data.problems.open} 个，其中逾期 ${data.problems.overdue} 个`,
  );
  tableSheet(book, SHEETS.problems, title, columns, orderProblems(data.problems.items), {
    empty: "无未办结的协调问题",
  });
}

const decimal = (value: string | null): XlsxCell =>
  value === null
    ? text("—")
    : isExactAsNumber(value)
      ? { kind: "number", value: Number(value) }
      : text(value);

export function indicatorSheet(book: ExcelJS.Workbook, data: BulletinData): void {
  const columns: XlsxColumn<BulletinIndicator>[] = [
    { header: "指标", width: 40, cell: (i) => text(i.zh), wrap: true },
    { header: "单位", width: 8, cell: (i) => text(i.unit) },
    { header: "目标", width: 24, cell: (i) => text(i.target), wrap: true },
    { header: "最新值", width: 12, cell: (i) => decimal(i.value) },
    { header: "来源", width: 12, cell: (i) => text(i.source ? SOURCE_ZH[i.source] : "—") },
    { header: "统计期", width: 10, cell: (i) => text(i.period ?? "—") },
    { header: "完成进度（%）", width: 10, cell: (i) => pct(i.progress) },
    { header: "状态", width: 10, cell: (i) => text(STANDING_ZH[i.standing]) },
  ];
  tableSheet(book, SHEETS.indicators, heading(data, "发展目标进度"), columns, data.indicators, {
    landscape: false,
    empty: "暂无发展目标数据",
  });
}
