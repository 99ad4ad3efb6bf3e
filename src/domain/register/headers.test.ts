import { describe, expect, it } from "vitest";
import { detectHeader, type SheetRow } from "./header-detect.js";
import { headerKey, resolveHeader } from "./headers.js";
import { FUNDING_COLUMNS, projectColumns } from "./template.js";

describe("resolveHeader", () => {
  it("recognises every template header as written", () => {
    for (const column of projectColumns([2021, 2022])) {
      const resolved = resolveHeader(column.header, "projects");
      expect(resolved, column.header).toMatchObject({ key: column.key });
      if (column.year) expect(resolved).toMatchObject({ year: column.year, unit: "wan" });
    }
    for (const column of FUNDING_COLUMNS) {
      expect(resolveHeader(column.header, "funding"), column.header).toMatchObject({ key: column.key });
    }
  });

  it("takes the unit from the header", () => {
    expect(resolveHeader("总投资（亿元）", "projects")).toEqual({
      sheet: "projects",
      key: "totalInvestment",
      unit: "yi",
    });
    expect(resolveHeader("总投资(元)", "projects")).toMatchObject({ unit: "yuan" });
    expect(resolveHeader("总投资万元", "projects")).toMatchObject({ key: "totalInvestment", unit: "wan" });
    expect(resolveHeader("总投资", "projects")).toMatchObject({ key: "totalInvestment", unit: null });
    expect(resolveHeader("计划（亿元）", "funding")).toMatchObject({ key: "planned", unit: "yi" });
  });

  it("tolerates full-width brackets, spaces, star markers and other brackets", () => {
    expect(resolveHeader(" 项目 名称 ", "projects")).toMatchObject({ key: "name" });
    expect(resolveHeader("*项目名称", "projects")).toMatchObject({ key: "name" });
    expect(resolveHeader("项目编号(系统)", "projects")).toMatchObject({ key: "id" });
    expect(resolveHeader("总投资【万元】", "projects")).toMatchObject({
      key: "totalInvestment",
      unit: "wan",
    });
    expect(resolveHeader("计划开工时间（YYYY-MM-DD）", "projects")).toMatchObject({ key: "plannedStart" });
  });

  it("reads annual plan headers written many ways, and headers combined from several rows", () => {
    for (const header of [
      "年度计划投资 2021（万元）",
      "年度计划投资（万元） 2021",
      "年度计划投资（万元） 2021年",
      "2021年计划投资（万元）",
      "2021年度计划投资",
      "计划投资2021",
      "2021年投资计划（万元）",
    ]) {
      expect(resolveHeader(header, "projects"), header).toMatchObject({ key: "annualPlan", year: 2021 });
    }
    expect(resolveHeader("年度计划投资（万元）", "projects")).toBeNull();
    expect(resolveHeader("投资情况 总投资（亿元）", "projects")).toMatchObject({
      key: "totalInvestment",
      unit: "yi",
    });
    expect(resolveHeader("重庆市新型基础设施重大项目库 项目名称", "projects")).toMatchObject({ key: "name" });
  });

  it("does not guess at what it does not know", () => {
    for (const header of ["序号", "备注", "联系人", "2021", ""])
      expect(resolveHeader(header, "projects")).toBeNull();
    expect(resolveHeader("总投资（万元）", "funding")).toBeNull();
  });

  it("compares headers in a compact key", () => {
    expect(headerKey(" 总投资（万元） ")).toBe("总投资(万元)");
    expect(headerKey("ＩＤ")).toBe("id");
  });
});

const row = (n: number, values: (string | number | null)[]): SheetRow => ({ row: n, values });
const HEADER = ["项目名称", "专项代码", "区县代码", "项目业主", "项目级别", "当前阶段", "总投资（万元）"];

describe("detectHeader", () => {
  it("finds a one-row header in row 1 and lists what is missing", () => {
    const found = detectHeader("projects", [row(1, HEADER.slice(0, 3)), row(2, ["甲", "NET-1", "500112"])]);
    expect(found).toMatchObject({ firstRow: 1, lastRow: 1 });
    expect(found?.columns.map((c) => c.header)).toEqual(["项目名称", "专项代码", "区县代码"]);
    expect(found?.missingRequired.map((c) => c.header)).toEqual([
      "项目业主",
      "项目级别",
      "当前阶段",
      "总投资（万元）",
    ]);
  });

  it("skips a title row and keeps it out of the headers", () => {
    const found = detectHeader("projects", [
      row(1, ["重庆市新型基础设施重大项目库"]),
      row(2, HEADER),
      row(3, ["甲"]),
    ]);
    expect(found).toMatchObject({ firstRow: 2, lastRow: 2, missingRequired: [] });
    expect(found?.columns[0]?.header).toBe("项目名称");
  });

  it("joins a merged parent to its children and stops at the next column without children", () => {
    const found = detectHeader("projects", [
      row(1, ["标题"]),
      row(2, [...HEADER, "年度计划投资（万元）", null, null, "项目简介", "备注"]),
      row(3, [null, null, null, null, null, null, null, 2021, "2022", "２０２３"]),
      row(4, ["甲", "NET-1", "500112", "某公司", "市级", "在建", 1, 2, 3, 4, "简介"]),
    ]);
    expect(found).toMatchObject({ firstRow: 2, lastRow: 3 });
    expect(found?.columns.map((c) => c.header).slice(7)).toEqual([
      "年度计划投资（万元） 2021",
      "年度计划投资（万元） 2022",
      "年度计划投资（万元） ２０２３",
      "项目简介",
    ]);
    expect(found?.unknown.map((c) => c.header)).toEqual(["备注"]);
  });

  it("does not join rows that are not adjacent", () => {
    const found = detectHeader("projects", [
      row(2, HEADER),
      row(5, [null, null, null, null, null, null, null, "2021"]),
    ]);
    expect(found?.lastRow).toBe(2);
  });

  it("finds the funding header, needing a project key", () => {
    const found = detectHeader("funding", [row(1, ["资金来源", "计划（万元）"])]);
    expect(found?.missingRequired.map((c) => c.header)).toEqual(["项目名称"]);
  });

  it("gives up when too little is recognised", () => {
    expect(detectHeader("projects", [row(1, ["项目名称", "备注"])])).toBeNull();
    expect(detectHeader("projects", [])).toBeNull();
  });
});
