/**
 * 投资项目代码 from the national online approval platform: 24 characters, YYYY-AAAAAA-II-TT-NNNNNN —
 * year, the area block (a GB/T 2260 division code of the approving authority), industry (GB/T 4754
 * division), approval type, serial. Stored as a string; only shape and area are checked here.
 */
const SHAPE = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;

/** Provincial-level GB/T 2260 prefixes, plus 00 for central-government approvals. */
const PROVINCE_PREFIXES = new Set(
  "00 11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split(
    " ",
  ),
);

export type ProjectCodeProblem = "shape" | "year" | "area" | "type";

export const APPROVAL_TYPES = { "01": "审批", "02": "核准", "03": "备案" } as const;

/**
 * Returns why a code is malformed, or null. `knownAreas` holds the division codes known below
 * province level (e.g. Chongqing's 38); a provincial code (XX0000) is accepted for any listed province.
 */
export function projectCodeProblem(code: string, knownAreas: ReadonlySet<string>): ProjectCodeProblem | null {
  const m = SHAPE.exec(code);
  if (!m) return "shape";
  const [, year, area, , type] = m as unknown as [string, string, string, string, string];
  const y = Number(year);
  if (y < 2000 || y > 2099) return "year";
  const provincial = area.endsWith("0000") && PROVINCE_PREFIXES.has(area.slice(0, 2));
  if (!provincial && !knownAreas.has(area)) return "area";
  if (!(type in APPROVAL_TYPES)) return "type";
  return null;
}

/** Why a code is malformed, in Chinese and English, completing "the project code …". */
export const PROJECT_CODE_REASONS = {
  shape: ["格式应为 YYYY-AAAAAA-II-TT-NNNNNN（24位）", "must be YYYY-AAAAAA-II-TT-NNNNNN (24 characters)"],
  year: ["年份段不合理", "has an implausible year"],
  area: ["区划段不是已知的行政区划代码", "has an area block that is not a known division code"],
  type: ["审批类型段应为 01 审批、02 核准或 03 备案", "has an approval type other than 01, 02 or 03"],
} as const;
