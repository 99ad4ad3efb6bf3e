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
import { percent, periodWords, SOURCE_ZH, STANDING_ZH, yi } from "../../domain/dispatch/bulletin-text.js";
import { htmlTable, type HtmlColumn } from "./html-table.js";

const dash = (n: number | null) => (n === null ? "—" : n);

/** The sector table, with the scope's totals as its last row. */
export function sectorTable(data: BulletinData): string {
  const period = periodWords(data.month);
  const columns: HtmlColumn<BulletinGroup>[] = [
    { header: "行业板块", cell: (g) => g.zh, width: 20 },
    { header: "项目数", cell: (g) => g.projects, numeric: true },
    { header: "总投资", cell: (g) => yi(g.totalFen), numeric: true },
    { header: "年度计划", cell: (g) => yi(g.plannedFen), numeric: true },
    { header: `${period}完成`, cell: (g) => yi(g.yearToDateFen), numeric: true },
    { header: "完成率", cell: (g) => percent(g.completionRate), numeric: true },
    { header: "计划开工", cell: (g) => g.startsPlannedYear, numeric: true },
    { header: "已开工", cell: (g) => g.started, numeric: true },
    { header: "开工率", cell: (g) => percent(g.startRate), numeric: true },
    { header: "红灯", cell: (g) => g.red, numeric: true },
  ];
  const total = { ...data.totals, key: "total", zh: "合计" };
  return htmlTable(columns, data.sectors, { total, empty: "本范围内无项目" });
}

/** Districts ranked by completion rate, with their start rank and the month's reporting. */
export function districtTable(data: BulletinData): string {
  const columns: HtmlColumn<DistrictRank>[] = [
    { header: "完成率排名", cell: (r) => dash(r.completionRank), numeric: true },
    { header: "区县", cell: (r) => r.district.zh },
    { header: "项目数", cell: (r) => r.district.projects, numeric: true },
    { header: "年度计划", cell: (r) => yi(r.district.plannedFen), numeric: true },
    { header: `${periodWords(data.month)}完成`, cell: (r) => yi(r.district.yearToDateFen), numeric: true },
    { header: "完成率", cell: (r) => percent(r.district.completionRate), numeric: true },
    { header: "开工率排名", cell: (r) => dash(r.startRank), numeric: true },
    { header: "开工率", cell: (r) => percent(r.district.startRate), numeric: true },
    { header: "迟报", cell: (r) => r.reporting?.late ?? 0, numeric: true },
    {
      header: "未报",
      cell: (r) => r.reporting?.missing ?? 0,
      numeric: true,
      tone: (r) => ((r.reporting?.missing ?? 0) > 0 ? "bad" : null),
    },
    { header: "红灯", cell: (r) => r.district.red, numeric: true },
  ];
  return htmlTable(columns, districtRanking(data), { empty: "本范围内无区县数据" });
}

export function redFlagTable(data: BulletinData): string {
  const columns: HtmlColumn<RedFlag>[] = [
    { header: "序号", cell: (_f, i) => i + 1, numeric: true },
    { header: "项目名称", cell: (f) => f.name, width: 30 },
    { header: "区县", cell: (f) => f.districtZh },
    { header: "行业板块", cell: (f) => f.sectorZh },
    { header: "预警原因", cell: (f) => f.reasons.join("；"), width: 38 },
  ];
  return htmlTable(columns, orderRedFlags(data.redFlags), { empty: "本月无红灯项目" });
}

export function problemTable(data: BulletinData): string {
  const columns: HtmlColumn<BulletinProblem>[] = [
    { header: "序号", cell: (_p, i) => i + 1, numeric: true },
    { header: "项目", cell: (p) => p.projectName, width: 22 },
    { header: "区县", cell: (p) => p.districtZh },
    { header: "类别", cell: (p) => p.category },
    { header: "问题", cell: (p) => p.title, width: 22 },
    { header: "责任单位", cell: (p) => p.responsibleUnit, width: 14 },
    { header: "协调层级", cell: (p) => p.tier },
    { header: "办结时限", cell: (p) => p.dueDate },
    {
      header: "状态",
      cell: (p) => (p.overdueDays > 0 ? `逾期 ${p.overdueDays} 天` : "办理中"),
      tone: (p) => (p.overdueDays > 0 ? "bad" : null),
    },
  ];
  return htmlTable(columns, orderProblems(data.problems.items), { empty: "无未办结的协调问题" });
}

export function indicatorTable(data: BulletinData): string {
  const columns: HtmlColumn<BulletinIndicator>[] = [
    { header: "指标", cell: (i) => i.zh, width: 30 },
    { header: "目标", cell: (i) => i.target, width: 18 },
    { header: "最新值", cell: (i) => (i.value === null ? "—" : `${i.value}${i.unit}`), numeric: true },
    { header: "来源", cell: (i) => (i.source ? SOURCE_ZH[i.source] : "—") },
    { header: "统计期", cell: (i) => i.period ?? "—" },
    { header: "进度", cell: (i) => percent(i.progress), numeric: true },
    {
      header: "状态",
      cell: (i) => STANDING_ZH[i.standing],
      tone: (i) => (i.standing === "behind" ? "warn" : null),
    },
  ];
  return htmlTable(columns, data.indicators, { empty: "暂无发展目标数据" });
}
