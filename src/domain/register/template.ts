import type { MoneyUnit } from "../money.js";

/**
 * The register template (重大项目库登记表): sheet 项目 holds one row per project, sheet 资金来源 one row
 * per funding source of a project, sheet 填表说明 the rules. TEMPLATE.md describes it for people.
 */
export const REGISTER_TITLE = "重大项目库登记表";

/** The sheets of the template, and the problem list `markErrors` adds to a failed upload. */
export const SHEET_NAMES = {
  projects: "项目",
  funding: "资金来源",
  instructions: "填表说明",
  problems: "错误清单",
} as const;
export type SheetKind = "projects" | "funding";

/** How a column's cells are read and written. */
export type ColumnKind = "integer" | "code" | "text" | "longText" | "label" | "amount" | "date";

export type ProjectColumnKey =
  | "id"
  | "code"
  | "name"
  | "specialCode"
  | "districtCode"
  | "ownerName"
  | "ownerUscc"
  | "leadDepartmentName"
  | "level"
  | "planCategory"
  | "stage"
  | "totalInvestment"
  | "completedInvestment"
  | "plannedStart"
  | "plannedEnd"
  | "actualStart"
  | "actualEnd"
  | "annualPlan"
  | "description";

export type FundingColumnKey = "projectId" | "projectCode" | "projectName" | "source" | "planned" | "secured";

export interface TemplateColumn<K extends string = string> {
  key: K;
  /** The header as written in the template, unit included. */
  header: string;
  /** What the column means, in English, for messages. */
  en: string;
  kind: ColumnKind;
  /** The amount unit the template writes; a file may declare another in its header. */
  unit: MoneyUnit | null;
  required: boolean;
  /** Written on export, ignored on import. */
  readOnly: boolean;
  /** Column width in characters. */
  width: number;
  /** The rule shown in 填表说明. */
  rule: string;
  /** Only for an annual plan column. */
  year?: number;
}

type ColumnSpec<K extends string> = Omit<TemplateColumn<K>, "unit" | "required" | "readOnly"> &
  Partial<Pick<TemplateColumn<K>, "unit" | "required" | "readOnly">>;

function column<K extends string>(spec: ColumnSpec<K>): TemplateColumn<K> {
  return { unit: null, required: false, readOnly: false, ...spec };
}

const WAN = "wan" as const;
const DATE_RULE = "日期，写作 2021-03-01（也接受 2021/3/1、2021.3.1、2021年3月1日 和 Excel 日期）";

/** Columns of sheet 项目 before the annual plan columns. */
const LEADING_PROJECT_COLUMNS: TemplateColumn<ProjectColumnKey>[] = [
  column({
    key: "id",
    header: "项目编号（系统）",
    en: "project id",
    kind: "integer",
    width: 12,
    rule: "系统生成；新项目留空，修改已有项目时保留",
  }),
  column({
    key: "code",
    header: "投资项目代码",
    en: "investment project code",
    kind: "code",
    width: 28,
    rule: "投资项目在线审批监管平台赋予的24位代码，如 2021-500112-65-01-000123；尚未取得可留空",
  }),
  column({
    key: "name",
    header: "项目名称",
    en: "project name",
    kind: "text",
    required: true,
    width: 36,
    rule: "必填",
  }),
  column({
    key: "specialCode",
    header: "专项代码",
    en: "special code",
    kind: "code",
    required: true,
    width: 10,
    rule: "必填；见下方专项代码表（也接受专项名称）",
  }),
  column({
    key: "districtCode",
    header: "区县代码",
    en: "district code",
    kind: "code",
    required: true,
    width: 10,
    rule: "必填；6位行政区划代码，见下方区县代码表（也接受区县名称，如 渝北区）",
  }),
  column({
    key: "ownerName",
    header: "项目业主",
    en: "owner",
    kind: "text",
    required: true,
    width: 30,
    rule: "必填；项目法人单位全称",
  }),
  column({
    key: "ownerUscc",
    header: "业主统一社会信用代码",
    en: "owner's USCC",
    kind: "code",
    width: 22,
    rule: "18位统一社会信用代码，填写时校验校验位",
  }),
  column({
    key: "leadDepartmentName",
    header: "牵头部门",
    en: "lead department",
    kind: "text",
    width: 16,
    rule: "市级行业主管部门全称",
  }),
  column({
    key: "level",
    header: "项目级别",
    en: "level",
    kind: "label",
    required: true,
    width: 10,
    rule: "必填；国家级、市级、区县级（也接受 national、municipal、district）",
  }),
  column({
    key: "planCategory",
    header: "计划类别",
    en: "plan category",
    kind: "label",
    width: 10,
    rule: "行动计划中的分类：在建、新开工、储备；计划外新增项目留空",
  }),
  column({
    key: "stage",
    header: "当前阶段",
    en: "stage",
    kind: "label",
    required: true,
    width: 10,
    rule: "必填；策划包装、申报储备、新开工、在建、竣工投用、暂停、取消",
  }),
  column({
    key: "totalInvestment",
    header: "总投资（万元）",
    en: "total investment",
    kind: "amount",
    unit: WAN,
    required: true,
    width: 18,
    rule: "必填；大于零；最多6位小数（精确到分）",
  }),
  column({
    key: "completedInvestment",
    header: "已完成投资（万元，只读）",
    en: "completed investment",
    kind: "amount",
    unit: WAN,
    readOnly: true,
    width: 18,
    rule: "由月度调度汇总，只读；导入时忽略",
  }),
  column({
    key: "plannedStart",
    header: "计划开工",
    en: "planned start",
    kind: "date",
    width: 12,
    rule: `${DATE_RULE}；只写年月（2021年3月）视为当月1日`,
  }),
  column({
    key: "plannedEnd",
    header: "计划竣工",
    en: "planned end",
    kind: "date",
    width: 12,
    rule: `${DATE_RULE}；只写年月视为当月最后一天；不得早于计划开工`,
  }),
  column({
    key: "actualStart",
    header: "实际开工",
    en: "actual start",
    kind: "date",
    width: 12,
    rule: `${DATE_RULE}；须精确到日；在建、竣工投用项目必填`,
  }),
  column({
    key: "actualEnd",
    header: "实际竣工",
    en: "actual end",
    kind: "date",
    width: 12,
    rule: `${DATE_RULE}；须精确到日；竣工投用项目必填；不得早于实际开工`,
  }),
];

const DESCRIPTION_COLUMN = column<ProjectColumnKey>({
  key: "description",
  header: "项目简介",
  en: "description",
  kind: "longText",
  width: 60,
  rule: "主要建设内容及规模",
});

/** The header of the annual plan column for a year, e.g. "年度计划投资 2021（万元）". */
export function annualPlanHeader(year: number): string {
  return `年度计划投资 ${year}（万元）`;
}

/** The annual plan column for one year. */
export function annualPlanColumn(year: number): TemplateColumn<ProjectColumnKey> {
  return column({
    key: "annualPlan",
    header: annualPlanHeader(year),
    en: `planned investment for ${year}`,
    kind: "amount",
    unit: WAN,
    width: 16,
    rule: "该年度计划完成投资；留空表示未安排；各年合计不得超过总投资",
    year,
  });
}

/** Columns of sheet 项目, with one annual plan column per year, in ascending order. */
export function projectColumns(years: readonly number[]): TemplateColumn<ProjectColumnKey>[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return [...LEADING_PROJECT_COLUMNS, ...sorted.map(annualPlanColumn), DESCRIPTION_COLUMN];
}

/** Columns of sheet 资金来源: which project (any one key), which source, how much. */
export const FUNDING_COLUMNS: readonly TemplateColumn<FundingColumnKey>[] = [
  column({
    key: "projectId",
    header: "项目编号（系统）",
    en: "project id",
    kind: "integer",
    width: 12,
    rule: "与“项目”表对应；三个项目标识填写其一即可",
  }),
  column({
    key: "projectCode",
    header: "投资项目代码",
    en: "investment project code",
    kind: "code",
    width: 28,
    rule: "优先按投资项目代码对应项目",
  }),
  column({
    key: "projectName",
    header: "项目名称",
    en: "project name",
    kind: "text",
    width: 36,
    rule: "没有代码和编号时按项目名称对应（名称须唯一）",
  }),
  column({
    key: "source",
    header: "资金来源",
    en: "funding source",
    kind: "text",
    required: true,
    width: 30,
    rule: "必填；见下方资金来源目录；同一项目每种来源一行",
  }),
  column({
    key: "planned",
    header: "计划（万元）",
    en: "planned amount",
    kind: "amount",
    unit: WAN,
    required: true,
    width: 16,
    rule: "必填；不小于零；各来源合计不得超过总投资",
  }),
  column({
    key: "secured",
    header: "已落实（万元）",
    en: "secured amount",
    kind: "amount",
    unit: WAN,
    width: 16,
    rule: "留空视为零；不得超过计划",
  }),
];

/** The template column a project column key stands for (annual plans need the year). */
export function projectColumn(key: ProjectColumnKey, year?: number): TemplateColumn<ProjectColumnKey> {
  if (key === "annualPlan") return annualPlanColumn(year ?? 0);
  const found = [...LEADING_PROJECT_COLUMNS, DESCRIPTION_COLUMN].find((c) => c.key === key);
  if (!found) throw new RangeError(`unknown project column ${key}`);
  return found;
}

/** The template column of sheet 资金来源 for a key. */
export function fundingColumn(key: FundingColumnKey): TemplateColumn<FundingColumnKey> {
  const found = FUNDING_COLUMNS.find((c) => c.key === key);
  if (!found) throw new RangeError(`unknown funding column ${key}`);
  return found;
}
