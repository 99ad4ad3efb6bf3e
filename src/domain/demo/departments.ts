import type { Random } from "./random.js";
import type { DemoOrganisation } from "./types.js";
import { digitBody, uniqueUscc } from "./uscc-issuer.js";

/** Municipal departments (市级行业主管部门) that lead specials or support them. */
export const DEPARTMENTS = [
  { key: "dept-fgw", shortName: "市发展改革委", name: "重庆市发展和改革委员会" },
  { key: "dept-jxw", shortName: "市经济信息委", name: "重庆市经济和信息化委员会" },
  { key: "dept-dsj", shortName: "市大数据发展局", name: "重庆市大数据应用发展管理局" },
  { key: "dept-kjj", shortName: "市科技局", name: "重庆市科学技术局" },
  { key: "dept-txj", shortName: "市通信管理局", name: "重庆市通信管理局" },
  { key: "dept-wxb", shortName: "市委网信办", name: "中共重庆市委网络安全和信息化委员会办公室" },
  { key: "dept-wjw", shortName: "市卫生健康委", name: "重庆市卫生健康委员会" },
  { key: "dept-jtj", shortName: "市交通局", name: "重庆市交通局" },
  { key: "dept-nyw", shortName: "市农业农村委", name: "重庆市农业农村委员会" },
  { key: "dept-jw", shortName: "市教委", name: "重庆市教育委员会" },
  { key: "dept-zjw", shortName: "市住房城乡建委", name: "重庆市住房和城乡建设委员会" },
] as const;

export type DepartmentKey = (typeof DEPARTMENTS)[number]["key"];

/** Lead department of each of the plan's specials, by the special's domain. */
const LEAD_BY_SPECIAL: Readonly<Record<string, DepartmentKey>> = {
  "NET-1": "dept-txj",
  "NET-2": "dept-jxw",
  "NET-3": "dept-jxw",
  "COMP-1": "dept-dsj",
  "COMP-2": "dept-dsj",
  "SEC-1": "dept-wxb",
  "SEC-2": "dept-jxw",
  "SEC-3": "dept-txj",
  "TRANS-1": "dept-jxw",
  "TRANS-2": "dept-jxw",
  "TRANS-3": "dept-nyw",
  "TRANS-4": "dept-fgw",
  "APP-1": "dept-dsj",
  "APP-2": "dept-nyw",
  "APP-3": "dept-jtj",
  "APP-4": "dept-dsj",
  "APP-5": "dept-wjw",
  "SCI-1": "dept-kjj",
  "SCI-2": "dept-kjj",
  "IND-1": "dept-kjj",
  "IND-2": "dept-jxw",
};

/** Fallback by sector for specials this table does not know. */
const LEAD_BY_SECTOR: Readonly<Record<string, DepartmentKey>> = {
  NET: "dept-txj",
  COMP: "dept-dsj",
  SEC: "dept-wxb",
  TRANS: "dept-jxw",
  APP: "dept-dsj",
  SCI: "dept-kjj",
  IND: "dept-kjj",
};

/** The department that leads a special (the city's development and reform commission when unknown). */
export function leadDepartmentOf(specialCode: string, sectorCode: string): DepartmentKey {
  return LEAD_BY_SPECIAL[specialCode] ?? LEAD_BY_SECTOR[sectorCode] ?? "dept-fgw";
}

/** The municipal departments as organisations (11 = 机关, area 500000 = the municipality). */
export function departmentOrganisations(random: Random, usedUscc: Set<string>): DemoOrganisation[] {
  return DEPARTMENTS.map((d) => ({
    key: d.key,
    name: d.name,
    uscc: uniqueUscc("11", "500000", () => digitBody("0092", random), usedUscc),
    kind: "government_department",
    districtCode: null,
  }));
}
