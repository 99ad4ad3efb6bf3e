import { type DepartmentKey, leadDepartmentOf } from "./departments.js";

/** What the works mostly are, which decides the wording of monthly progress. */
export type WorksKind = "network" | "facility" | "platform";

/** Where a special's owners come from (see organisations for each). */
export type OwnerSource =
  | "telecom"
  | "tech"
  | "university"
  | "research"
  | "hospital"
  | "citySoe"
  | "bigData"
  | "districtInvest"
  | "districtData"
  | "districtHealth"
  | "districtAgri";

type Triple = readonly [number, number, number];

/** The demo's knowledge of one special: who leads it, who builds it, where and how. */
export interface SpecialProfile {
  lead: DepartmentKey;
  /** Relative weights of national / municipal / district projects. */
  levels: Triple;
  /** Leaning towards under_construction / new_start / reserve against the plan's overall mix. */
  categoryTilt: Triple;
  /** GB/T 4754 divisions used in the investment project code. */
  industries: readonly string[];
  works: WorksKind;
  owners: Readonly<Partial<Record<OwnerSource, number>>>;
  /** Business words for generated enterprise names, e.g. 云计算 → 重庆××云计算有限公司. */
  enterpriseWords: readonly string[];
  /** Whether PPP is a usual funding route (the plan names 城市智能中枢 and 传统基础设施改造). */
  ppp: boolean;
  /** District weighting by district name or area label. */
  districtBoost: Readonly<Record<string, number>>;
  /** Below 1 flattens the district weights for specials present everywhere. */
  spread: number;
}

type ProfileEntry = Omit<SpecialProfile, "lead" | "ppp" | "districtBoost" | "spread"> &
  Partial<Pick<SpecialProfile, "ppp" | "districtBoost" | "spread">>;

const RURAL = { 中心城区: 0.15, 渝东北: 2.2, 渝东南: 2.2 };
const SCIENCE_CITY = { 沙坪坝区: 3, 九龙坡区: 2, 北碚区: 2, 江津区: 1.3, 璧山区: 1.3 };

const PROFILES: Readonly<Record<string, ProfileEntry>> = {
  "NET-1": {
    levels: [0.25, 0.75, 0],
    categoryTilt: [1.6, 1, 0.6],
    industries: ["63"],
    works: "network",
    owners: { telecom: 1 },
    enterpriseWords: ["通信技术"],
    districtBoost: { 渝北区: 3, 渝中区: 2 },
  },
  "NET-2": {
    levels: [0.5, 0.5, 0],
    categoryTilt: [1, 1.2, 0.9],
    industries: ["63", "64"],
    works: "network",
    owners: { telecom: 0.35, tech: 0.45, research: 0.2 },
    enterpriseWords: ["网络科技"],
    districtBoost: { 渝北区: 3, 江北区: 1.5 },
  },
  "NET-3": {
    levels: [0.7, 0.3, 0],
    categoryTilt: [0.4, 0.8, 2.2],
    industries: ["63"],
    works: "network",
    owners: { tech: 0.6, research: 0.4 },
    enterpriseWords: ["空间信息技术"],
    districtBoost: { 渝北区: 2, 沙坪坝区: 1.5 },
  },
  "COMP-1": {
    levels: [0.15, 0.7, 0.15],
    categoryTilt: [1.4, 1, 0.8],
    industries: ["64"],
    works: "facility",
    owners: { telecom: 0.35, tech: 0.55, districtInvest: 0.1 },
    enterpriseWords: ["云计算", "大数据"],
    districtBoost: { 北碚区: 4, 渝北区: 2.5, 永川区: 1.5 },
  },
  "COMP-2": {
    levels: [0.3, 0.6, 0.1],
    categoryTilt: [1, 1, 1],
    industries: ["65", "64"],
    works: "facility",
    owners: { university: 0.5, tech: 0.3, research: 0.2 },
    enterpriseWords: ["智能计算"],
    districtBoost: { 沙坪坝区: 2.5, 九龙坡区: 1.5 },
  },
  "SEC-1": {
    levels: [0.1, 0.8, 0.1],
    categoryTilt: [1, 1, 1],
    industries: ["65"],
    works: "platform",
    owners: { tech: 0.7, research: 0.3 },
    enterpriseWords: ["网络安全技术"],
    districtBoost: { 合川区: 2, 渝北区: 2 },
  },
  "SEC-2": {
    levels: [0.1, 0.8, 0.1],
    categoryTilt: [1, 1, 1],
    industries: ["65"],
    works: "platform",
    owners: { tech: 0.8, research: 0.2 },
    enterpriseWords: ["信息安全科技"],
  },
  "SEC-3": {
    levels: [0, 1, 0],
    categoryTilt: [1, 1, 1],
    industries: ["65"],
    works: "platform",
    owners: { research: 0.5, tech: 0.5 },
    enterpriseWords: ["信息安全科技"],
  },
  "TRANS-1": {
    levels: [0.1, 0.75, 0.15],
    categoryTilt: [1.1, 1, 0.9],
    industries: ["65"],
    works: "platform",
    owners: { tech: 0.75, research: 0.15, university: 0.1 },
    enterpriseWords: ["人工智能科技", "智能科技"],
    districtBoost: { 渝北区: 2.5, 沙坪坝区: 1.5, 九龙坡区: 1.5 },
  },
  "TRANS-2": {
    levels: [0.05, 0.7, 0.25],
    categoryTilt: [1, 1, 1],
    industries: ["64", "65"],
    works: "platform",
    owners: { tech: 1 },
    enterpriseWords: ["工业互联网", "智能制造科技"],
    districtBoost: { 主城新区: 1.6 },
  },
  "TRANS-3": {
    levels: [0, 0.5, 0.5],
    categoryTilt: [1, 1, 1],
    industries: ["05", "65"],
    works: "platform",
    owners: { tech: 0.5, districtAgri: 0.5 },
    enterpriseWords: ["农业科技", "智慧农业"],
    districtBoost: { ...RURAL, 涪陵区: 2, 潼南区: 2, 荣昌区: 2, 江津区: 1.5 },
  },
  "TRANS-4": {
    levels: [0, 0.7, 0.3],
    categoryTilt: [1, 1, 1],
    industries: ["75", "73"],
    works: "facility",
    owners: { tech: 1 },
    enterpriseWords: ["科技服务"],
  },
  "APP-1": {
    levels: [0, 0.85, 0.15],
    categoryTilt: [1.2, 1, 0.8],
    industries: ["65"],
    works: "platform",
    owners: { bigData: 0.45, tech: 0.35, districtData: 0.2 },
    enterpriseWords: ["大数据", "数字科技"],
    ppp: true,
    districtBoost: { 渝北区: 2.5, 渝中区: 2 },
  },
  "APP-2": {
    levels: [0, 0.3, 0.7],
    categoryTilt: [1, 1, 1],
    industries: ["65"],
    works: "platform",
    owners: { districtAgri: 0.6, tech: 0.4 },
    enterpriseWords: ["数字科技", "农业科技"],
    districtBoost: RURAL,
  },
  "APP-3": {
    levels: [0.1, 0.8, 0.1],
    categoryTilt: [1.3, 1, 0.8],
    industries: ["48", "44", "54", "78"],
    works: "facility",
    owners: { citySoe: 0.3, tech: 0.35, districtInvest: 0.35 },
    enterpriseWords: ["智能交通科技"],
    ppp: true,
  },
  "APP-4": {
    levels: [0, 0.45, 0.55],
    categoryTilt: [1, 1, 1],
    industries: ["65", "78"],
    works: "platform",
    owners: { districtData: 0.2, tech: 0.8 },
    enterpriseWords: ["智慧城市科技", "数字科技"],
    ppp: true,
    spread: 0.35,
  },
  "APP-5": {
    levels: [0, 0.6, 0.4],
    categoryTilt: [1, 1, 1],
    industries: ["84", "65"],
    works: "platform",
    owners: { hospital: 0.4, districtHealth: 0.25, tech: 0.35 },
    enterpriseWords: ["医疗科技"],
    spread: 0.6,
  },
  "SCI-1": {
    levels: [0.45, 0.55, 0],
    categoryTilt: [0.8, 1, 1.4],
    industries: ["73"],
    works: "facility",
    owners: { university: 0.5, research: 0.5 },
    enterpriseWords: ["科学仪器"],
    districtBoost: SCIENCE_CITY,
  },
  "SCI-2": {
    levels: [0.1, 0.9, 0],
    categoryTilt: [1, 1, 1],
    industries: ["73", "83"],
    works: "facility",
    owners: { university: 0.8, research: 0.2 },
    enterpriseWords: ["科教发展"],
    districtBoost: { ...SCIENCE_CITY, 南岸区: 1.5, 巴南区: 1.3 },
  },
  "IND-1": {
    levels: [0.12, 0.78, 0.1],
    categoryTilt: [1, 1, 1],
    industries: ["73", "75"],
    works: "facility",
    owners: { tech: 0.65, research: 0.35 },
    enterpriseWords: ["半导体", "智能网联科技", "新材料科技"],
    districtBoost: { 渝北区: 2.5, 九龙坡区: 1.8, 南岸区: 1.8, 北碚区: 1.6, 沙坪坝区: 1.5, 渝中区: 1.4 },
  },
  "IND-2": {
    levels: [0.1, 0.7, 0.2],
    categoryTilt: [1, 1, 1],
    industries: ["73", "75"],
    works: "facility",
    owners: { tech: 0.6, research: 0.4 },
    enterpriseWords: ["智能网联科技", "检测技术"],
    districtBoost: { 渝北区: 2, 沙坪坝区: 1.8, 九龙坡区: 1.4 },
  },
};

const DEFAULT_PROFILE: ProfileEntry = {
  levels: [0.1, 0.75, 0.15],
  categoryTilt: [1, 1, 1],
  industries: ["65"],
  works: "platform",
  owners: { tech: 1 },
  enterpriseWords: ["科技发展"],
};

/** The profile of a special; specials this table does not know get a neutral one. */
export function specialProfile(specialCode: string, sectorCode: string): SpecialProfile {
  const entry = PROFILES[specialCode] ?? DEFAULT_PROFILE;
  return {
    lead: leadDepartmentOf(specialCode, sectorCode),
    ppp: false,
    districtBoost: {},
    spread: 1,
    ...entry,
  };
}
