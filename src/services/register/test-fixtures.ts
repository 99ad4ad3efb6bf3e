import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { parseDivisionsCsv } from "../../domain/divisions.js";
import { fen, parseAmount } from "../../domain/money.js";
import { planFileSchema, specialsOf } from "../../domain/plan.js";
import type { ProjectRecord } from "../../domain/project-record.js";
import type { RegisterReference } from "../../domain/register/instructions.js";
import type { RegisterLookups } from "../../domain/register/lookups.js";
import { makeUscc } from "../../domain/uscc.js";

/** Test support for the register: the real reference data and hand-built records. */

const root = new URL("../../../", import.meta.url);
const plan = planFileSchema.parse(
  JSON.parse(readFileSync(new URL("reference/plan-2020-2022.json", root), "utf8")),
);
const districts = parseDivisionsCsv(readFileSync(new URL("reference/chongqing-divisions.csv", root), "utf8"));

export const FUNDING_SOURCES = plan.fundingSources;

export const LOOKUPS: RegisterLookups = {
  specials: specialsOf(plan).map((s) => ({ code: s.code, name: s.zh })),
  districts: districts.map((d) => ({ code: d.code, name: d.name })),
  fundingSources: plan.fundingSources,
};

export const REFERENCE: RegisterReference = {
  specials: specialsOf(plan).map((s) => ({ code: s.code, name: s.zh })),
  districts: districts.map((d) => ({ code: d.code, name: d.name })),
  fundingSources: plan.fundingSources,
};

export const YEARS = [2020, 2021, 2022];

export const wan = (text: string) => parseAmount(text, "wan");
const source = (i: number) => FUNDING_SOURCES[i] ?? "企业自筹/社会资本";

/** A complete record with every field set; override what a test is about. */
export function buildRecord(overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    id: 101,
    code: "2020-500112-65-01-000101",
    name: "两江国际云计算中心数据中心（一期）",
    specialCode: "COMP-1",
    districtCode: "500112",
    ownerName: "重庆两江云计算产业发展有限公司",
    ownerUscc: makeUscc("91", "500112", "MA5U0101"),
    leadDepartmentName: "市大数据发展局",
    level: "municipal",
    planCategory: "under_construction",
    stage: "under_construction",
    description: "建设标准机柜2万架。\n配套建设供电、制冷等设施。",
    totalInvestmentFen: wan("12345.678901"),
    completedInvestmentFen: wan("4000.5"),
    plannedStart: "2020-03-01",
    plannedEnd: "2022-12-31",
    actualStart: "2020-04-15",
    actualEnd: null,
    funding: [
      { source: source(2), plannedFen: wan("5000"), securedFen: wan("4999.999999") },
      { source: source(9), plannedFen: wan("7345.678901"), securedFen: wan("0") },
    ],
    annualPlans: [
      { year: 2020, plannedFen: wan("3000") },
      { year: 2021, plannedFen: wan("4500.12") },
      { year: 2022, plannedFen: wan("4845.558901") },
    ],
    ...overrides,
  };
}

/** Ten records covering every stage, missing codes and ids, several sources and odd fen. */
export function sampleRecords(): ProjectRecord[] {
  return [
    buildRecord(),
    buildRecord({
      id: 102,
      code: "2019-500103-64-02-000102",
      name: "中新（重庆）国际互联网数据专用通道扩容",
      specialCode: "NET-2",
      districtCode: "500103",
      ownerName: "中国电信股份有限公司重庆分公司",
      ownerUscc: makeUscc("91", "500103", "20285102"),
      leadDepartmentName: "市通信管理局",
      level: "national",
      planCategory: "under_construction",
      stage: "completed",
      totalInvestmentFen: wan("86000"),
      completedInvestmentFen: wan("86000"),
      plannedStart: "2019-06-01",
      plannedEnd: "2021-06-30",
      actualStart: "2019-07-01",
      actualEnd: "2021-05-20",
      funding: [
        { source: source(0), plannedFen: wan("20000"), securedFen: wan("20000") },
        { source: source(5), plannedFen: wan("40000"), securedFen: wan("38000.25") },
        { source: source(9), plannedFen: wan("26000"), securedFen: wan("26000") },
      ],
      annualPlans: [
        { year: 2020, plannedFen: wan("30000") },
        { year: 2021, plannedFen: wan("12000") },
      ],
    }),
    buildRecord({
      id: null,
      code: null,
      name: "城口县数字乡村综合服务平台",
      specialCode: "APP-2",
      districtCode: "500229",
      ownerName: "城口县农业农村委员会",
      ownerUscc: null,
      leadDepartmentName: null,
      level: "district",
      planCategory: null,
      stage: "planning",
      description: "",
      totalInvestmentFen: wan("0.000001"),
      completedInvestmentFen: fen(0),
      plannedStart: null,
      plannedEnd: null,
      actualStart: null,
      actualEnd: null,
      funding: [],
      annualPlans: [],
    }),
    buildRecord({
      id: 104,
      code: null,
      name: "重庆市人工智能公共算力平台",
      specialCode: "TRANS-1",
      districtCode: "500106",
      ownerName: "重庆市人工智能创新中心有限公司",
      ownerUscc: makeUscc("91", "500106", "MA60A104"),
      leadDepartmentName: "市经济信息委",
      level: "municipal",
      planCategory: "reserve",
      stage: "reserve",
      totalInvestmentFen: wan("35000.5"),
      completedInvestmentFen: fen(0),
      plannedStart: "2022-03-01",
      plannedEnd: "2024-12-31",
      actualStart: null,
      actualEnd: null,
      funding: [{ source: source(3), plannedFen: wan("10000"), securedFen: wan("0") }],
      annualPlans: [{ year: 2022, plannedFen: wan("5000") }],
    }),
    buildRecord({
      id: 105,
      code: "2021-500151-65-03-000105",
      name: "铜梁区工业互联网标识解析二级节点",
      specialCode: "TRANS-2",
      districtCode: "500151",
      ownerName: "重庆铜梁工业互联网有限公司",
      ownerUscc: makeUscc("91", "500151", "MA61B105"),
      leadDepartmentName: "市经济信息委",
      level: "district",
      planCategory: "new_start",
      stage: "new_start",
      totalInvestmentFen: wan("2999.99"),
      completedInvestmentFen: wan("100"),
      plannedStart: "2021-03-01",
      plannedEnd: "2022-02-28",
      actualStart: "2021-03-18",
      actualEnd: null,
      funding: [
        { source: source(3), plannedFen: wan("500"), securedFen: wan("500") },
        { source: source(9), plannedFen: wan("2499.99"), securedFen: wan("1000.01") },
      ],
      annualPlans: [
        { year: 2021, plannedFen: wan("2000") },
        { year: 2022, plannedFen: wan("999.99") },
      ],
    }),
    buildRecord({
      id: 106,
      code: "2020-500000-47-01-000106",
      name: "重庆智慧高速公路车路协同示范工程",
      specialCode: "APP-3",
      districtCode: "500113",
      ownerName: "重庆高速公路集团有限公司",
      ownerUscc: makeUscc("91", "500000", "20282106"),
      leadDepartmentName: "市交通局",
      level: "municipal",
      planCategory: "new_start",
      stage: "suspended",
      totalInvestmentFen: wan("1234567890.123456"),
      completedInvestmentFen: wan("120000"),
      plannedStart: "2020-09-01",
      plannedEnd: "2023-08-31",
      actualStart: "2020-10-10",
      actualEnd: null,
      funding: [{ source: source(1), plannedFen: wan("1000000000.000001"), securedFen: wan("0.000001") }],
      annualPlans: [{ year: 2021, plannedFen: wan("100000.000001") }],
    }),
    buildRecord({
      id: 107,
      code: "2020-500120-73-03-000107",
      name: "璧山区新型公共卫生应急物资储备中心",
      specialCode: "APP-5",
      districtCode: "500120",
      ownerName: "重庆市璧山区卫生健康委员会",
      ownerUscc: makeUscc("11", "500120", "00950107"),
      leadDepartmentName: "市卫生健康委",
      level: "district",
      planCategory: "reserve",
      stage: "cancelled",
      description: "因选址调整取消。",
      totalInvestmentFen: wan("8800"),
      completedInvestmentFen: fen(0),
      plannedStart: "2021-01-01",
      plannedEnd: "2021-12-31",
      actualStart: null,
      actualEnd: null,
      funding: [],
      annualPlans: [],
    }),
    buildRecord({
      id: null,
      code: null,
      name: "永川区“智能+”职业教育实训基地",
      specialCode: "SCI-2",
      districtCode: "500118",
      ownerName: "重庆永川职业教育中心",
      ownerUscc: makeUscc("12", "500118", "45000108"),
      leadDepartmentName: "市教委",
      level: "district",
      planCategory: null,
      stage: "planning",
      description: '建设内容包括：\n1. 实训楼, 面积 1.2 万平方米；\n2. "虚拟仿真"平台。',
      totalInvestmentFen: wan("6000.000001"),
      completedInvestmentFen: fen(0),
      plannedStart: "2022-07-01",
      plannedEnd: "2023-06-30",
      actualStart: null,
      actualEnd: null,
      funding: [
        { source: source(2), plannedFen: wan("3000"), securedFen: wan("0") },
        { source: source(7), plannedFen: wan("1500.5"), securedFen: wan("200.000001") },
        { source: source(9), plannedFen: wan("1499.500001"), securedFen: wan("0") },
      ],
      annualPlans: [{ year: 2022, plannedFen: wan("0") }],
    }),
    buildRecord({
      id: 109,
      code: "2018-500000-65-02-000109",
      name: "国家超算重庆分中心",
      specialCode: "COMP-2",
      districtCode: "500109",
      ownerName: "重庆超算科技有限公司",
      ownerUscc: makeUscc("91", "500109", "MA5Y0109"),
      leadDepartmentName: "市科技局",
      level: "national",
      planCategory: "under_construction",
      stage: "under_construction",
      totalInvestmentFen: wan("250000"),
      completedInvestmentFen: wan("180000.123456"),
      plannedStart: "2018-10-01",
      plannedEnd: "2022-12-31",
      actualStart: "2018-12-26",
      actualEnd: null,
      funding: [
        { source: source(0), plannedFen: wan("50000"), securedFen: wan("50000") },
        { source: source(4), plannedFen: wan("120000"), securedFen: wan("60000") },
        { source: source(6), plannedFen: wan("50000"), securedFen: wan("12345.654321") },
        { source: source(8), plannedFen: wan("30000"), securedFen: wan("0") },
      ],
      annualPlans: [
        { year: 2020, plannedFen: wan("60000") },
        { year: 2021, plannedFen: wan("70000") },
        { year: 2022, plannedFen: wan("40000.000001") },
      ],
    }),
    buildRecord({
      id: 110,
      code: "2021-500101-64-03-000110",
      name: "万州区5G基站建设（2021年度）",
      specialCode: "NET-1",
      districtCode: "500101",
      ownerName: "中国铁塔股份有限公司重庆市分公司",
      ownerUscc: makeUscc("91", "500101", "MA5UA110"),
      leadDepartmentName: "市通信管理局",
      level: "municipal",
      planCategory: "new_start",
      stage: "completed",
      totalInvestmentFen: wan("4800"),
      completedInvestmentFen: wan("4800"),
      plannedStart: "2021-01-01",
      plannedEnd: "2021-12-31",
      actualStart: "2021-02-01",
      actualEnd: "2021-12-20",
      funding: [{ source: source(9), plannedFen: wan("4800"), securedFen: wan("4800") }],
      annualPlans: [{ year: 2021, plannedFen: wan("4800") }],
    }),
  ];
}

/** What a record reads back as: the completed investment is export-only, so it returns as zero. */
export function asImported(record: ProjectRecord): ProjectRecord {
  return { ...record, completedInvestmentFen: fen(0) };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder for a test's files, removed after the test file has run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "newinfra-register-test-"));
  tempDirs.push(dir);
  return dir;
}
