import type { MoneyUnit } from "../money.js";
import { unitFromHeader } from "./normalise-amount.js";
import { toHalfWidth } from "./normalise.js";
import type { FundingColumnKey, ProjectColumnKey, SheetKind } from "./template.js";

/** What a header stands for once recognised. */
export type ResolvedHeader =
  | { sheet: "projects"; key: ProjectColumnKey; unit: MoneyUnit | null; year?: number }
  | { sheet: "funding"; key: FundingColumnKey; unit: MoneyUnit | null };

/** Half-width, no whitespace, star markers dropped, any bracket as "()", lower case. */
export function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u200b-\u200d\ufeff]+/g, "")
    .replace(/[*★※]/g, "")
    .replace(/[【〔[]/g, "(")
    .replace(/[】〕\]]/g, ")")
    .toLowerCase();
}

/** The header without its bracketed parts ("总投资(万元)" → "总投资") or a trailing unit ("总投资万元"). */
function baseForms(key: string): string[] {
  const bare = key.replace(/\([^)]*\)/g, "");
  const withoutUnit = bare.replace(/(?:单位:|\/)?(亿元|万元|元)$/, "");
  return withoutUnit !== bare ? [bare, withoutUnit] : [bare];
}

const PROJECT_ALIASES: Record<Exclude<ProjectColumnKey, "annualPlan">, string[]> = {
  id: ["项目编号", "系统编号", "系统项目编号", "项目id", "id"],
  code: ["投资项目代码", "项目代码", "投资项目统一代码", "项目统一代码", "统一项目代码"],
  name: ["项目名称", "名称"],
  specialCode: ["专项代码", "专项", "所属专项", "专项名称"],
  districtCode: ["区县代码", "区县", "所在区县", "所属区县", "区县名称", "行政区划代码", "区划代码"],
  ownerName: ["项目业主", "业主", "业主单位", "业主名称", "项目法人", "项目法人单位", "项目单位", "建设单位"],
  ownerUscc: ["业主统一社会信用代码", "统一社会信用代码", "业主信用代码", "信用代码"],
  leadDepartmentName: ["牵头部门", "市级牵头部门", "行业主管部门", "主管部门", "牵头单位"],
  level: ["项目级别", "级别"],
  planCategory: ["计划类别", "类别", "项目类别"],
  stage: ["当前阶段", "阶段", "项目阶段", "项目状态", "状态"],
  totalInvestment: ["总投资", "计划总投资", "项目总投资", "估算总投资"],
  completedInvestment: ["已完成投资", "累计完成投资", "累计已完成投资"],
  plannedStart: ["计划开工", "计划开工时间", "计划开工日期"],
  plannedEnd: ["计划竣工", "计划竣工时间", "计划竣工日期", "计划完工", "计划完工时间"],
  actualStart: ["实际开工", "实际开工时间", "实际开工日期"],
  actualEnd: ["实际竣工", "实际竣工时间", "实际竣工日期", "实际完工", "实际完工时间"],
  description: ["项目简介", "简介", "建设内容", "主要建设内容", "建设规模及内容", "主要建设内容及规模"],
};

const FUNDING_ALIASES: Record<FundingColumnKey, string[]> = {
  projectId: PROJECT_ALIASES.id,
  projectCode: PROJECT_ALIASES.code,
  projectName: PROJECT_ALIASES.name,
  source: ["资金来源", "来源", "资金渠道", "来源渠道"],
  planned: ["计划", "计划金额", "计划投资", "计划资金", "计划额"],
  secured: ["已落实", "已落实金额", "落实金额", "已到位", "到位资金", "已到位资金"],
};

function invert<K extends string>(aliases: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as [K, string[]][]) {
    for (const name of names) map.set(headerKey(name), key);
  }
  return map;
}

const PROJECT_INDEX = invert(PROJECT_ALIASES);
const FUNDING_INDEX = invert(FUNDING_ALIASES);
const AMOUNT_KEYS = new Set<string>(["totalInvestment", "completedInvestment", "planned", "secured"]);

const ANNUAL_PLAN = /^(?:(20\d{2})年?度?)?(?:年度)?(?:计划(?:完成)?投资额?|投资计划)(?:(20\d{2})年?度?)?$/;

function resolveOnce(text: string, sheet: SheetKind): ResolvedHeader | null {
  const key = headerKey(text);
  if (!key) return null;
  const unit = unitFromHeader(text);
  for (const base of baseForms(key)) {
    if (sheet === "funding") {
      const found = FUNDING_INDEX.get(base);
      if (found) return { sheet, key: found, unit: AMOUNT_KEYS.has(found) ? unit : null };
      continue;
    }
    const found = PROJECT_INDEX.get(base);
    if (found) return { sheet, key: found, unit: AMOUNT_KEYS.has(found) ? unit : null };
    const annual = ANNUAL_PLAN.exec(base);
    if (annual && (annual[1] === undefined) !== (annual[2] === undefined)) {
      return { sheet, key: "annualPlan", unit, year: Number(annual[1] ?? annual[2]) };
    }
  }
  return null;
}

/**
 * Recognises a header of sheet 项目 or 资金来源. A header built from several rows ("年度计划投资（万元） 2021")
 * is tried whole, then without its leading parts, so a title or grouping row above it does not hide it.
 */
export function resolveHeader(text: string, sheet: SheetKind): ResolvedHeader | null {
  const parts = text.trim().split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const found = resolveOnce(parts.slice(i).join(" "), sheet);
    if (found) return found;
  }
  return null;
}

/** One identity per column the header can stand for: an annual plan column per year. */
export function resolvedIdentity(resolved: ResolvedHeader): string {
  return resolved.sheet === "projects" && resolved.key === "annualPlan"
    ? `annualPlan:${resolved.year}`
    : resolved.key;
}
