import { fen, FEN_PER_WAN, type Fen } from "../money.js";
import type { BulletinData, BulletinFigures, BulletinGroup, BulletinMonth } from "./bulletin.js";

const wan = (n: number) => fen(BigInt(n) * FEN_PER_WAN);

/** Figures with rates computed the dashboard's way: one decimal, null when nothing is due. */
export function figures(parts: {
  projects: number;
  planned: number;
  month: number;
  ytd: number;
  cumulative: number;
  total: number;
  startsPlannedYear: number;
  startsDue: number;
  started: number;
  red?: number;
  yellow?: number;
}): BulletinFigures {
  const red = parts.red ?? 0;
  const yellow = parts.yellow ?? 0;
  const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 10);
  return {
    projects: parts.projects,
    plannedFen: wan(parts.planned),
    monthFen: wan(parts.month),
    yearToDateFen: wan(parts.ytd),
    cumulativeFen: wan(parts.cumulative),
    totalFen: wan(parts.total),
    completionRate: rate(parts.ytd, parts.planned),
    startsPlannedYear: parts.startsPlannedYear,
    startsDue: parts.startsDue,
    started: parts.started,
    startRate: rate(parts.started, parts.startsPlannedYear),
    reportsDue: parts.projects - parts.startsPlannedYear + parts.started,
    reported: parts.projects - parts.startsPlannedYear + parts.started - 1,
    red,
    yellow,
    green: parts.projects - red - yellow,
  };
}

const group = (key: string, zh: string, f: BulletinFigures): BulletinGroup => ({ key, zh, ...f });

const SECTORS: [string, string, number][] = [
  ["NET", "新型网络基础设施", 61],
  ["COMP", "智能计算基础设施", 22],
  ["SEC", "信息安全基础设施", 9],
  ["TRANS", "转型促进基础设施", 86],
  ["APP", "融合应用基础设施", 132],
  ["SCI", "基础科学研究设施", 31],
  ["IND", "产业创新基础设施", 34],
];

const DISTRICTS: [string, string, number, number][] = [
  ["500101", "万州区", 14, 41],
  ["500103", "渝中区", 22, 63],
  ["500105", "江北区", 25, 38],
  ["500106", "沙坪坝区", 28, 55],
  ["500107", "九龙坡区", 19, 47],
  ["500108", "南岸区", 21, 52],
  ["500112", "渝北区", 47, 58],
  ["500113", "巴南区", 12, 47],
  ["500151", "铜梁区", 6, 12],
  ["500236", "奉节县", 3, 0],
];

/** A realistic bulletin for June 2021 of the whole city: seven sectors, ten districts, warnings, problems, KPIs. */
export function bulletinFixture(): BulletinData {
  const sectors = SECTORS.map(([key, zh, projects], i) =>
    group(
      key,
      zh,
      figures({
        projects,
        planned: projects * 5200 + i * 1000,
        month: projects * 410,
        ytd: projects * 2300 + i * 300,
        cumulative: projects * 9100,
        total: projects * 10_600,
        startsPlannedYear: Math.ceil(projects / 3),
        startsDue: Math.ceil(projects / 4),
        started: Math.ceil(projects / 5),
        red: i % 3,
        yellow: i % 4,
      }),
    ),
  );
  const districts = DISTRICTS.map(([key, zh, projects, pace]) =>
    group(
      key,
      zh,
      figures({
        projects,
        planned: projects * 5000,
        month: projects * 380,
        ytd: Math.round((projects * 5000 * pace) / 100),
        cumulative: projects * 9000,
        total: projects * 10_500,
        startsPlannedYear: pace === 0 ? 0 : Math.ceil(projects / 3),
        startsDue: pace === 0 ? 0 : Math.ceil(projects / 4),
        started: pace === 0 ? 0 : Math.ceil((projects * pace) / 300),
        red: projects % 3,
        yellow: projects % 2,
      }),
    ),
  );
  const sum = (pick: (g: BulletinGroup) => number) => sectors.reduce((n, g) => n + pick(g), 0);
  const sumFen = (pick: (g: BulletinGroup) => Fen) => fen(sectors.reduce((n, g) => n + pick(g), 0n));
  const totals: BulletinFigures = {
    projects: sum((g) => g.projects),
    plannedFen: sumFen((g) => g.plannedFen),
    monthFen: sumFen((g) => g.monthFen),
    yearToDateFen: sumFen((g) => g.yearToDateFen),
    cumulativeFen: sumFen((g) => g.cumulativeFen),
    totalFen: sumFen((g) => g.totalFen),
    completionRate: 44.6,
    startsPlannedYear: sum((g) => g.startsPlannedYear),
    startsDue: sum((g) => g.startsDue),
    started: sum((g) => g.started),
    startRate: 61.5,
    reportsDue: sum((g) => g.reportsDue),
    reported: sum((g) => g.reported),
    red: sum((g) => g.red),
    yellow: sum((g) => g.yellow),
    green: sum((g) => g.green),
  };
  const series: BulletinMonth[] = [1, 2, 3, 4, 5, 6].map((m) => ({
    ...figures({
      projects: 375,
      planned: 1_950_000,
      month: 120_000 + m * 9000,
      ytd: m * 145_000,
      cumulative: 2_800_000 + m * 145_000,
      total: 3_983_0000,
      startsPlannedYear: 125,
      startsDue: m * 14,
      started: m * 12,
    }),
    month: `2021-0${m}`,
  }));
  return {
    month: "2021-06",
    asOf: "2021-07-12",
    scopeWords: "全市",
    totals,
    series,
    sectors,
    districts,
    reporting: {
      dueDate: "2021-07-10",
      totals: { due: 254, onTime: 240, late: 9, missing: 5 },
      byDistrict: [
        { code: "500112", zh: "渝北区", due: 33, onTime: 30, late: 2, missing: 1 },
        { code: "500101", zh: "万州区", due: 10, onTime: 10, late: 0, missing: 0 },
      ],
    },
    redFlags: [
      {
        id: 212,
        name: "渝北区仙桃数据谷智能算力中心二期",
        districtCode: "500112",
        districtZh: "渝北区",
        sectorZh: "智能计算基础设施",
        specialZh: "算力设施",
        reasons: ["年度投资完成率 12.0%，落后序时进度 38.0 个百分点", "连续 3 个月形象进度无变化"],
      },
      {
        id: 37,
        name: "万州区 5G 网络深度覆盖工程",
        districtCode: "500101",
        districtZh: "万州区",
        sectorZh: "新型网络基础设施",
        specialZh: "基础网络设施",
        reasons: ["计划 2021-02 开工，已延误 4 个月未开工"],
      },
    ],
    problems: {
      open: 3,
      overdue: 2,
      items: [
        {
          id: 5,
          projectName: "渝北区仙桃数据谷智能算力中心二期",
          districtZh: "渝北区",
          category: "电力",
          title: "110kV 专线接入方案未批复",
          responsibleUnit: "国网重庆市电力公司",
          tier: "区县",
          dueDate: "2021-06-15",
          overdueDays: 15,
        },
        {
          id: 9,
          projectName: "万州区 5G 网络深度覆盖工程",
          districtZh: "万州区",
          category: "用地",
          title: "基站站址租赁协调",
          responsibleUnit: "万州区通信发展办公室",
          tier: "项目业主",
          dueDate: "2021-07-20",
          overdueDays: -20,
        },
        {
          id: 7,
          projectName: "两江新区工业互联网标识解析二级节点",
          districtZh: "渝北区",
          category: "资金",
          title: "专项债券资金拨付滞后",
          responsibleUnit: "市财政局",
          tier: "市级",
          dueDate: "2021-06-25",
          overdueDays: 5,
        },
      ],
    },
    indicators: [
      {
        code: "5G_KEY_AREA_COVERAGE",
        zh: "5G网络重点区域覆盖率",
        unit: "%",
        target: "2022年≥80%",
        value: "72.5",
        source: "recorded",
        period: "2021-06",
        progress: 90.6,
        standing: "on_track",
      },
      {
        code: "NATIONAL_LABS",
        zh: "国家实验室",
        unit: "个",
        target: "2022年≥1个",
        value: "1",
        source: "computed",
        period: "2021-06",
        progress: 100,
        standing: "met",
      },
      {
        code: "IDENTIFIER_RESOLUTION_NODES",
        zh: "工业互联网标识解析体系“1＋N”",
        unit: "个",
        target: "国家顶级节点1个＋二级节点N个",
        value: null,
        source: null,
        period: null,
        progress: null,
        standing: "no_data",
      },
    ],
  };
}
