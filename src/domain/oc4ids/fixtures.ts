import type { Stage } from "../lifecycle.js";
import { fen } from "../money.js";
import type { ProjectRecord } from "../project-record.js";
import { makeUscc } from "../uscc.js";

/**
 * Hand-built project records for the OC4IDS tests: one per level, several funding sources, a
 * completed project with actual dates, projects with no code, no USCC and no lead department, and
 * amounts with odd fen.
 */
export function buildRecord(overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id: 101,
    code: "2020-500112-63-01-000101",
    name: "渝北区5G网络规模部署工程",
    specialCode: "NET-1",
    districtCode: "500112",
    ownerName: "中国移动通信集团重庆有限公司",
    ownerUscc: makeUscc("91", "500000", "20285470"),
    leadDepartmentName: "重庆市通信管理局",
    level: "municipal",
    planCategory: "under_construction",
    stage: "under_construction",
    description: "新建5G基站3200个，实现渝北区城区和重点区域连续覆盖。",
    totalInvestmentFen: fen(1_234_567_890_12n),
    completedInvestmentFen: fen(456_789_012_34n),
    plannedStart: "2020-03-01",
    plannedEnd: "2022-12-31",
    actualStart: "2020-04-15",
    actualEnd: null,
    funding: [
      { source: "企业自筹/社会资本", plannedFen: fen(834_567_890_12n), securedFen: fen(600_000_000_00n) },
      {
        source: "银行信贷（含政策性银行）",
        plannedFen: fen(400_000_000_00n),
        securedFen: fen(350_000_000_05n),
      },
    ],
    annualPlans: [
      { year: 2020, plannedFen: fen(300_000_000_00n) },
      { year: 2021, plannedFen: fen(500_000_000_00n) },
      { year: 2022, plannedFen: fen(434_567_890_12n) },
    ],
    ...overrides,
  };
}

export const FIXTURES: readonly ProjectRecord[] = [
  buildRecord(),
  buildRecord({
    id: 102,
    code: "2019-500000-65-02-000102",
    name: "两江水土云计算中心二期",
    specialCode: "COMP-1",
    districtCode: "500109",
    ownerName: "重庆两江云计算产业发展有限公司",
    ownerUscc: makeUscc("91", "500109", "31545822"),
    leadDepartmentName: "重庆市大数据应用发展管理局",
    level: "national",
    planCategory: "under_construction",
    stage: "completed",
    description: "建设标准机柜1.2万架及配套供电制冷设施。",
    totalInvestmentFen: fen(3_500_000_000_00n),
    completedInvestmentFen: fen(3_612_345_678_90n),
    plannedStart: "2019-06-01",
    plannedEnd: "2021-12-31",
    actualStart: "2019-07-01",
    actualEnd: "2022-03-18",
    funding: [
      { source: "地方政府专项债券", plannedFen: fen(1_000_000_000_00n), securedFen: fen(1_000_000_000_00n) },
      {
        source: "国家、市、区县三级基金",
        plannedFen: fen(500_000_000_00n),
        securedFen: fen(500_000_000_00n),
      },
      { source: "企业自筹/社会资本", plannedFen: fen(2_000_000_000_00n), securedFen: fen(2_000_000_000_00n) },
    ],
    annualPlans: [
      { year: 2020, plannedFen: fen(2_000_000_000_00n) },
      { year: 2021, plannedFen: fen(1_500_000_000_00n) },
    ],
  }),
  buildRecord({
    id: 103,
    code: null,
    name: "万州区公共卫生应急物资调度平台",
    specialCode: "APP-5",
    districtCode: "500101",
    ownerName: "重庆市万州区疾病预防控制中心",
    ownerUscc: makeUscc("12", "500101", "45040271"),
    leadDepartmentName: "重庆市卫生健康委员会",
    level: "district",
    planCategory: "new_start",
    stage: "new_start",
    description: "建设区级公共卫生数据共享与应急物资调度平台。",
    totalInvestmentFen: fen(8_650_000_07n),
    completedInvestmentFen: fen(0n),
    plannedStart: "2021-09-01",
    plannedEnd: "2022-08-31",
    actualStart: null,
    actualEnd: null,
    funding: [
      { source: "中央预算内投资", plannedFen: fen(3_000_000_00n), securedFen: fen(3_000_000_00n) },
      { source: "地方政府专项债券", plannedFen: fen(4_000_000_00n), securedFen: fen(0n) },
      {
        source: "工业和信息化/科技创新等财政专项资金",
        plannedFen: fen(1_650_000_07n),
        securedFen: fen(500_000_00n),
      },
    ],
    annualPlans: [
      { year: 2021, plannedFen: fen(2_000_000_00n) },
      { year: 2022, plannedFen: fen(6_650_000_07n) },
    ],
  }),
  buildRecord({
    id: 104,
    code: "2021-500103-44-03-000104",
    name: "渝中区配电网智能化改造工程",
    specialCode: "APP-3",
    districtCode: "500103",
    ownerName: "国网重庆市电力公司市区供电分公司",
    ownerUscc: null,
    leadDepartmentName: null,
    level: "municipal",
    planCategory: "reserve",
    stage: "reserve",
    description: "对既有10千伏配电线路实施自动化和状态感知改造。",
    totalInvestmentFen: fen(560_000_000_00n),
    completedInvestmentFen: fen(0n),
    plannedStart: "2022-03-01",
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    funding: [{ source: "政府和社会资本合作（PPP）", plannedFen: fen(560_000_000_00n), securedFen: fen(0n) }],
    annualPlans: [],
  }),
  buildRecord({
    id: 105,
    code: null,
    name: "重庆量子信息前沿交叉研究平台",
    specialCode: "SCI-1",
    districtCode: "500106",
    ownerName: "重庆大学",
    ownerUscc: makeUscc("12", "500000", "45038562"),
    leadDepartmentName: "重庆大学",
    level: "national",
    planCategory: null,
    stage: "planning",
    description: "",
    totalInvestmentFen: fen(1_800_000_000_00n),
    completedInvestmentFen: fen(0n),
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    funding: [],
    annualPlans: [],
  }),
];

/** The remaining stages, each on a copy of a fixture that could be in it. */
export const STAGE_VARIANTS: Readonly<Partial<Record<Stage, ProjectRecord>>> = {
  suspended: buildRecord({ id: 106, code: "2020-500112-63-01-000106", stage: "suspended" }),
  cancelled: buildRecord({
    id: 107,
    code: null,
    name: "大渡口区数字乡村综合信息平台",
    specialCode: "APP-2",
    districtCode: "500104",
    stage: "cancelled",
    planCategory: "reserve",
    actualStart: null,
  }),
};

/** Every fixture, covering all seven stages. */
export const ALL_FIXTURES: readonly ProjectRecord[] = [...FIXTURES, ...Object.values(STAGE_VARIANTS)];

/** Writes a value at a dotted path ("projects.0.status") of parsed JSON, whatever its type: how tests break a package. */
export function writeAt(root: object, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() ?? "";
  let node = root as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}
