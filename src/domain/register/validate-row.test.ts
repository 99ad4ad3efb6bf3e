import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import { makeUscc } from "../uscc.js";
import type { RegisterLookups } from "./lookups.js";
import type { RawCell } from "./normalise.js";
import { validateProjectRow } from "./validate-row.js";

const OWNER_USCC = makeUscc("91", "500112", "MA5U0001");

const LOOKUPS: RegisterLookups = {
  specials: [
    { code: "NET-1", name: "基础网络设施" },
    { code: "COMP-1", name: "数据存储设施" },
  ],
  districts: [
    { code: "500112", name: "渝北区" },
    { code: "500240", name: "石柱土家族自治县" },
    { code: "500229", name: "城口县" },
  ],
  fundingSources: ["中央预算内投资", "政府和社会资本合作（PPP）"],
};

const VALID: Record<string, RawCell> = {
  "项目编号（系统）": 12,
  投资项目代码: "2021-500112-65-01-000001",
  项目名称: "两江数据中心（一期）",
  专项代码: "COMP-1",
  区县代码: "500112",
  项目业主: "重庆两江数据有限公司",
  业主统一社会信用代码: OWNER_USCC,
  牵头部门: "市大数据发展局",
  项目级别: "市级",
  计划类别: "在建",
  当前阶段: "在建",
  "总投资（万元）": "12345.678901",
  "已完成投资（万元，只读）": "999",
  计划开工: "2021-03-01",
  计划竣工: "2022-12-31",
  实际开工: "2021-04-01",
  "年度计划投资 2021（万元）": 1000,
  "年度计划投资 2022（万元）": "2000.5",
  项目简介: "  建设内容\r\n第二行  ",
};

function validate(changes: Record<string, RawCell> = {}, lookups: RegisterLookups = LOOKUPS) {
  return validateProjectRow({ sheet: "项目", row: 5, cells: { ...VALID, ...changes } }, lookups);
}

function reasons(changes: Record<string, RawCell>, lookups?: RegisterLookups): string[] {
  return validate(changes, lookups).problems.map((p) => `${p.column}: ${p.reason}`);
}

describe("validateProjectRow", () => {
  it("builds the record from a valid row", () => {
    const { record, problems } = validate();
    expect(problems).toEqual([]);
    expect(record).toEqual({
      id: 12,
      code: "2021-500112-65-01-000001",
      name: "两江数据中心（一期）",
      specialCode: "COMP-1",
      districtCode: "500112",
      ownerName: "重庆两江数据有限公司",
      ownerUscc: OWNER_USCC,
      leadDepartmentName: "市大数据发展局",
      level: "municipal",
      planCategory: "under_construction",
      stage: "under_construction",
      description: "建设内容\n第二行",
      totalInvestmentFen: fen(12_345_678_901n),
      completedInvestmentFen: fen(0),
      plannedStart: "2021-03-01",
      plannedEnd: "2022-12-31",
      actualStart: "2021-04-01",
      actualEnd: null,
      funding: [],
      annualPlans: [
        { year: 2021, plannedFen: fen(1_000_000_000n) },
        { year: 2022, plannedFen: fen(2_000_500_000n) },
      ],
    });
  });

  it("names the column, the value as typed and the reason in both languages", () => {
    expect(validate({ 区县代码: "500199" }).problems).toEqual([
      {
        sheet: "项目",
        row: 5,
        column: "区县代码",
        value: "500199",
        reason: "区县代码“500199”不存在",
        reasonEn: 'district code "500199" does not exist',
      },
    ]);
  });

  it("requires name, special, district, owner, level, stage and total", () => {
    const blank = {
      项目名称: " ",
      专项代码: null,
      区县代码: "",
      项目业主: "无",
      项目级别: null,
      当前阶段: "/",
      "总投资（万元）": "",
    };
    expect(reasons(blank)).toEqual([
      "项目名称: 项目名称不能为空",
      "专项代码: 专项代码不能为空",
      "区县代码: 区县代码不能为空",
      "项目业主: 项目业主不能为空",
      "项目级别: 项目级别不能为空",
      "当前阶段: 当前阶段不能为空",
      "总投资（万元）: 总投资不能为空",
    ]);
    const absent = validateProjectRow({ sheet: "项目", row: 2, cells: {} }, LOOKUPS).problems;
    expect(absent.map((p) => p.column)).toEqual([
      "项目名称",
      "专项代码",
      "区县代码",
      "项目业主",
      "项目级别",
      "当前阶段",
      "总投资（万元）",
    ]);
    expect(absent[6]?.reasonEn).toBe("the total investment is required");
  });

  it("leaves the optional fields empty", () => {
    const optional = {
      "项目编号（系统）": null,
      投资项目代码: "",
      业主统一社会信用代码: "暂无",
      牵头部门: null,
      计划类别: null,
      当前阶段: "策划包装",
      计划开工: null,
      计划竣工: null,
      实际开工: null,
      "年度计划投资 2021（万元）": null,
      "年度计划投资 2022（万元）": "",
      项目简介: null,
    };
    const { record, problems } = validate(optional);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      id: null,
      code: null,
      ownerUscc: null,
      leadDepartmentName: null,
      planCategory: null,
      plannedStart: null,
      annualPlans: [],
      description: "",
    });
  });

  it("accepts district and special names, full-width codes, English labels", () => {
    const { record } = validate({
      区县代码: "城口",
      专项代码: "基础网络设施",
      项目级别: "National",
      当前阶段: "completed",
      计划类别: "new_start",
      实际竣工: "2022年6月30日",
      业主统一社会信用代码: ` ${OWNER_USCC.toLowerCase()} `,
      投资项目代码: "２０２１－５００１１２－６５－０１－０００００１",
    });
    expect(record).toMatchObject({
      districtCode: "500229",
      specialCode: "NET-1",
      level: "national",
      stage: "completed",
      planCategory: "new_start",
      actualEnd: "2022-06-30",
      ownerUscc: OWNER_USCC,
      code: "2021-500112-65-01-000001",
    });
    expect(validate({ 区县代码: "石柱" }).record?.districtCode).toBe("500240");
    expect(validate({ 区县代码: "石柱县" }).record?.districtCode).toBe("500240");
    expect(validate({ 区县代码: "城口县" }).record?.districtCode).toBe("500229");
  });

  it("checks the USCC and the investment project code when given", () => {
    const wrongCheck = OWNER_USCC.slice(0, 17) + (OWNER_USCC[17] === "0" ? "1" : "0");
    expect(reasons({ 业主统一社会信用代码: wrongCheck })).toEqual([
      `业主统一社会信用代码: 统一社会信用代码“${wrongCheck}”校验位不正确`,
    ]);
    expect(reasons({ 投资项目代码: "2021-999999-65-01-000001" })).toEqual([
      "投资项目代码: 投资项目代码“2021-999999-65-01-000001”区划段不是已知的行政区划代码",
    ]);
    expect(reasons({ 投资项目代码: "2021-500000-65-04-000001" })).toEqual([
      "投资项目代码: 投资项目代码“2021-500000-65-04-000001”审批类型段应为 01 审批、02 核准或 03 备案",
    ]);
  });

  it("refuses labels it does not know, listing what it accepts", () => {
    const [problem] = validate({ 当前阶段: "施工中" }).problems;
    expect(problem?.reason).toBe(
      "当前阶段“施工中”无法识别，应为：策划包装、申报储备、新开工、在建、竣工投用、暂停、取消",
    );
    expect(problem?.reasonEn).toContain("在建 (under_construction)");
  });

  it("reads amounts in the header's unit and refuses bad ones", () => {
    const inYi: Record<string, RawCell> = { ...VALID, "总投资（亿元）": "1.5" };
    delete inYi["总投资（万元）"];
    expect(
      validateProjectRow({ sheet: "项目", row: 5, cells: inYi }, LOOKUPS).record?.totalInvestmentFen,
    ).toBe(fen(15_000_000_000n));
    expect(reasons({ "总投资（万元）": "0" })).toEqual(["总投资（万元）: 总投资须大于零"]);
    expect(reasons({ "年度计划投资 2021（万元）": "-1" })).toEqual([
      "年度计划投资 2021（万元）: 金额不能为负",
    ]);
    expect(reasons({ "年度计划投资 2021（万元）": "1e" })).toEqual([
      "年度计划投资 2021（万元）: “1e”不是有效的金额",
    ]);
  });

  it("refuses annual plans adding up to more than the total", () => {
    expect(reasons({ "总投资（万元）": "3000" })).toEqual([
      "总投资（万元）: 年度计划投资合计（3000.5万元）超过总投资（3000万元）",
    ]);
  });

  it("ignores the read-only completed investment", () => {
    expect(validate({ "已完成投资（万元，只读）": "不是数字" }).problems).toEqual([]);
  });

  it("reads month-only planned dates as first and last day, and refuses them for actual dates", () => {
    const { record } = validate({ 计划开工: "2021年3月", 计划竣工: "2022-02" });
    expect(record).toMatchObject({ plannedStart: "2021-03-01", plannedEnd: "2022-02-28" });
    expect(reasons({ 实际开工: "2021年4月" })).toEqual(["实际开工: 日期“2021年4月”须精确到日"]);
    expect(reasons({ 计划开工: "2021/2/30" })).toEqual(["计划开工: 日期“2021/2/30”不存在"]);
  });

  it("checks date order and dates against the stage", () => {
    expect(reasons({ 计划开工: "2023-01-01" })).toEqual([
      "计划竣工: 计划竣工（2022-12-31）早于计划开工（2023-01-01）",
    ]);
    expect(reasons({ 实际开工: null })).toEqual(["实际开工: 当前阶段为“在建”，须填写实际开工"]);
    expect(reasons({ 当前阶段: "竣工投用" })).toEqual(["实际竣工: 当前阶段为“竣工投用”，须填写实际竣工"]);
    expect(reasons({ 当前阶段: "申报储备" })).toEqual(["实际开工: 当前阶段为“申报储备”，不应填写实际开工"]);
    expect(reasons({ 实际竣工: "2022-01-01" })).toEqual(["实际竣工: 当前阶段为“在建”，不应填写实际竣工"]);
    expect(reasons({ 当前阶段: "竣工投用", 实际竣工: "2021-01-01" })).toEqual([
      "实际竣工: 实际竣工（2021-01-01）早于实际开工（2021-04-01）",
    ]);
    expect(reasons({ 当前阶段: "暂停", 实际开工: null, 实际竣工: "2021-01-01" })).toEqual([
      "实际开工: 已填写实际竣工，须同时填写实际开工",
    ]);
  });

  it("checks owners and departments when the lookups know them", () => {
    const known: RegisterLookups = {
      ...LOOKUPS,
      organisations: [{ name: "重庆某某集团有限公司", uscc: OWNER_USCC }],
      departments: ["市大数据发展局", "市经济信息委"],
    };
    expect(reasons({}, known)).toEqual([
      `业主统一社会信用代码: 统一社会信用代码“${OWNER_USCC}”属于“重庆某某集团有限公司”，与项目业主“重庆两江数据有限公司”不一致`,
    ]);
    expect(reasons({ 项目业主: "重庆某某集团有限公司", 牵头部门: "市发展改革委" }, known)).toEqual([
      "牵头部门: 牵头部门“市发展改革委”不在部门名录中",
    ]);
  });
});
