import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { instructionRows } from "./instructions.js";
import { annualPlanHeader, FUNDING_COLUMNS, projectColumn, projectColumns, SHEET_NAMES } from "./template.js";

const templateDoc = readFileSync(new URL("./TEMPLATE.md", import.meta.url), "utf8");

describe("the register template", () => {
  it("lays sheet 项目 out with one annual plan column per year, sorted, before 项目简介", () => {
    const headers = projectColumns([2022, 2020, 2021, 2021]).map((c) => c.header);
    expect(headers).toEqual([
      "项目编号（系统）",
      "投资项目代码",
      "项目名称",
      "专项代码",
      "区县代码",
      "项目业主",
      "业主统一社会信用代码",
      "牵头部门",
      "项目级别",
      "计划类别",
      "当前阶段",
      "总投资（万元）",
      "已完成投资（万元，只读）",
      "计划开工",
      "计划竣工",
      "实际开工",
      "实际竣工",
      "年度计划投资 2020（万元）",
      "年度计划投资 2021（万元）",
      "年度计划投资 2022（万元）",
      "项目简介",
    ]);
  });

  it("marks the required columns and gives amounts their unit", () => {
    const required = projectColumns([])
      .filter((c) => c.required)
      .map((c) => c.key);
    expect(required).toEqual([
      "name",
      "specialCode",
      "districtCode",
      "ownerName",
      "level",
      "stage",
      "totalInvestment",
    ]);
    expect(projectColumn("totalInvestment").unit).toBe("wan");
    expect(projectColumn("annualPlan", 2021).header).toBe(annualPlanHeader(2021));
    expect(FUNDING_COLUMNS.map((c) => c.header)).toEqual([
      "项目编号（系统）",
      "投资项目代码",
      "项目名称",
      "资金来源",
      "计划（万元）",
      "已落实（万元）",
    ]);
  });

  it("is described in TEMPLATE.md, header by header", () => {
    for (const column of [...projectColumns([2020]), ...FUNDING_COLUMNS]) {
      expect(templateDoc, column.header).toContain(`| ${column.header}`);
    }
    for (const sheet of Object.values(SHEET_NAMES)) expect(templateDoc).toContain(`\`${sheet}\``);
  });

  it("writes 填表说明 with every column's rule and, when given, the code lists", () => {
    const rows = instructionRows(projectColumns([2021]), {
      specials: [{ code: "NET-1", name: "基础网络设施" }],
      districts: [{ code: "500112", name: "渝北区" }],
      fundingSources: ["中央预算内投资"],
    });
    expect(rows[0]).toEqual(["重大项目库登记表 填表说明"]);
    expect(rows).toContainEqual(["总投资（万元）", "是", "必填；大于零；最多6位小数（精确到分）"]);
    expect(rows).toContainEqual(["已完成投资（万元，只读）", "只读", "由月度调度汇总，只读；导入时忽略"]);
    expect(rows).toContainEqual(["当前阶段", "策划包装、申报储备、新开工、在建、竣工投用、暂停、取消"]);
    expect(rows).toContainEqual(["NET-1", "基础网络设施"]);
    expect(rows).toContainEqual(["500112", "渝北区"]);
    expect(rows).toContainEqual(["中央预算内投资"]);
    expect(instructionRows(projectColumns([])).some((r) => r[0] === "500112")).toBe(false);
  });
});
