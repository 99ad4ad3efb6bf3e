import { acceptedLabels } from "./labels.js";
import { FUNDING_COLUMNS, REGISTER_TITLE, SHEET_NAMES, type TemplateColumn } from "./template.js";

/** Reference lists printed in 填表说明 so officials can look codes up without leaving the workbook. */
export interface RegisterReference {
  specials: readonly { code: string; name: string }[];
  districts: readonly { code: string; name: string }[];
  fundingSources: readonly string[];
}

const GENERAL_RULES = [
  "每个项目占“项目”表一行；表头须保留（可在表头上方加标题行，可用两行合并表头）。",
  "金额单位以表头括号中的单位为准：（万元）、（亿元）或（元）均可；未注明时按万元。单元格内写“5亿”等带单位的数字时以单元格为准。",
  "金额按分精确：万元最多6位小数、亿元最多10位、元最多2位；超出精度的数字不会被四舍五入，而是报错。",
  "日期写作 2021-03-01；也接受 2021/3/1、2021.3.1、2021年3月1日、20210301 和 Excel 日期。",
  "计划开工只写年月（2021年3月）视为当月1日，计划竣工只写年月视为当月最后一天；实际开工、实际竣工须精确到日。",
  "全角数字、字母、括号和多余空格会自动规范；“/”“无”“暂无”视为未填。",
  "当前阶段与实际日期须一致：在建须有实际开工；竣工投用须有实际开工和实际竣工；策划包装、申报储备不填实际日期；新开工、在建不填实际竣工。",
  "“资金来源”表每行一个项目的一种来源，按投资项目代码、项目编号（系统）或项目名称（依次优先）对应到“项目”表。",
  "导入为全部成功或全部不导入：有任何错误时不保存任何数据，并返回标注了错误单元格的文件和“错误清单”。",
];

/**
 * The rows of sheet 填表说明: general rules, every column of both sheets with its rule, the accepted
 * labels, and (when given) the special, district and funding source lists.
 */
export function instructionRows(
  projectColumns: readonly TemplateColumn[],
  reference?: RegisterReference,
): string[][] {
  const rows: string[][] = [[REGISTER_TITLE + " 填表说明"], []];
  rows.push(["一、通用规则"], ...GENERAL_RULES.map((rule, i) => [`${i + 1}. ${rule}`]), []);
  const columnRows = (sheet: string, columns: readonly TemplateColumn[]) => [
    [`“${sheet}”表`],
    ["列名", "必填", "说明"],
    ...columns.map((c) => [c.header, c.required ? "是" : c.readOnly ? "只读" : "否", c.rule]),
    [],
  ];
  rows.push(
    ["二、列说明"],
    ...columnRows(SHEET_NAMES.projects, projectColumns),
    ...columnRows(SHEET_NAMES.funding, FUNDING_COLUMNS),
  );
  rows.push(
    ["三、可选值"],
    ["项目级别", acceptedLabels("level").zh],
    ["计划类别", acceptedLabels("planCategory").zh],
    ["当前阶段", acceptedLabels("stage").zh],
    [],
  );
  if (reference) {
    rows.push(["四、专项代码"], ["代码", "名称"], ...reference.specials.map((s) => [s.code, s.name]), []);
    rows.push(["五、区县代码"], ["代码", "名称"], ...reference.districts.map((d) => [d.code, d.name]), []);
    rows.push(["六、资金来源目录"], ...reference.fundingSources.map((s) => [s]));
  }
  return rows;
}
