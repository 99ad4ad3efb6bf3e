import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import type { ProjectRecord } from "../project-record.js";
import { duplicateKeyProblems, joinFunding, projectRowRef } from "./join-funding.js";
import type { RegisterLookups } from "./lookups.js";
import type { RawCell } from "./normalise.js";
import { isTotalsRow } from "./row-cells.js";
import { validateFundingRow, type FundingLine } from "./validate-funding.js";

const LOOKUPS: RegisterLookups = {
  specials: [],
  districts: [],
  fundingSources: ["中央预算内投资", "政府和社会资本合作（PPP）"],
};

function fundingRow(row: number, cells: Record<string, RawCell>) {
  return validateFundingRow({ sheet: "资金来源", row, cells }, LOOKUPS);
}

function line(row: number, cells: Record<string, RawCell>): FundingLine {
  const result = fundingRow(row, cells);
  if (!result.line) throw new Error(JSON.stringify(result.problems));
  return result.line;
}

const record = (total: bigint) => ({ totalInvestmentFen: fen(total) }) as ProjectRecord;

describe("validateFundingRow", () => {
  it("reads a row: key, source matched in its compared form, amounts with blank secured as zero", () => {
    const result = fundingRow(2, {
      投资项目代码: " 2021-500112-65-01-000001 ",
      资金来源: "政府和社会资本合作(PPP)",
      "计划（亿元）": "1.5",
    });
    expect(result.problems).toEqual([]);
    expect(result.line).toMatchObject({
      projectCode: "2021-500112-65-01-000001",
      projectId: null,
      projectName: null,
      source: "政府和社会资本合作（PPP）",
      plannedFen: fen(15_000_000_000n),
      securedFen: fen(0n),
    });
  });

  it("reports every bad cell", () => {
    const result = fundingRow(3, {
      项目编号: "x",
      资金来源: "",
      "计划（万元）": "-1",
      "已落实（万元）": "abc",
    });
    expect(result.problems.map((p) => `${p.column}: ${p.reason}`)).toEqual([
      "项目编号: “x”应为正整数",
      "资金来源: 资金来源不能为空",
      "计划（万元）: 金额不能为负",
      "已落实（万元）: “abc”不是有效的金额",
    ]);
    expect(result.line).toBeUndefined();
  });
});

describe("joining funding to projects", () => {
  const projects = [
    projectRowRef(
      {
        sheet: "项目",
        row: 2,
        cells: { 项目编号: 1, 投资项目代码: "2021-500112-65-01-000001", 项目名称: "甲", 总投资: 100 },
      },
      record(100_000_000n),
    ),
    projectRowRef(
      { sheet: "项目", row: 3, cells: { 项目编号: 2, 项目名称: "乙 项目", "总投资（万元）": 50 } },
      record(50_000_000n),
    ),
    projectRowRef({ sheet: "项目", row: 4, cells: { 项目名称: "丙" } }),
  ];

  it("attaches lines by code, id or name (compared without spaces)", () => {
    const lines = [
      line(2, { 投资项目代码: "2021-500112-65-01-000001", 资金来源: "中央预算内投资", 计划: 60 }),
      line(3, { 项目编号: 2, 资金来源: "中央预算内投资", 计划: 10 }),
      line(4, { 项目名称: "乙项目", 资金来源: "政府和社会资本合作（PPP）", 计划: 20 }),
      line(5, { 项目名称: "丙", 资金来源: "中央预算内投资", 计划: 1 }),
    ];
    const { problems, fundingOf } = joinFunding(projects, lines);
    expect(problems).toEqual([]);
    expect(fundingOf.get(projects[1]!)?.map((f) => f.source)).toEqual([
      "中央预算内投资",
      "政府和社会资本合作（PPP）",
    ]);
    expect(fundingOf.get(projects[2]!)).toHaveLength(1);
  });

  it("puts the over-the-total problem on the project's 总投资 cell", () => {
    const lines = [
      line(2, { 项目编号: 2, 资金来源: "中央预算内投资", 计划: 30 }),
      line(3, { 项目编号: 2, 资金来源: "政府和社会资本合作（PPP）", 计划: "20.000001" }),
    ];
    expect(joinFunding(projects, lines).problems).toEqual([
      {
        sheet: "项目",
        row: 3,
        column: "总投资（万元）",
        value: "50",
        reason: "资金来源计划合计（50.000001万元）超过总投资（50万元）",
        reasonEn: "the funding sources add up to 50.000001 (10k yuan), more than the total investment 50",
      },
    ]);
  });

  it("finds repeated codes and ids", () => {
    const twin = projectRowRef({
      sheet: "项目",
      row: 9,
      cells: { 项目编号: 1, 投资项目代码: "2021-500112-65-01-000001" },
    });
    expect(duplicateKeyProblems([...projects, twin]).map((p) => `${p.row} ${p.column}: ${p.reason}`)).toEqual(
      [
        "9 投资项目代码: 投资项目代码“2021-500112-65-01-000001”与第2行重复",
        "9 项目编号: 项目编号“1”与第2行重复",
      ],
    );
  });
});

describe("isTotalsRow", () => {
  it("spots 合计/小计 rows without a project name", () => {
    expect(isTotalsRow({ sheet: "项目", row: 9, cells: { 序号: "合计", 总投资: 100 } })).toBe(true);
    expect(isTotalsRow({ sheet: "项目", row: 9, cells: { 项目名称: "小 计", 总投资: 100 } })).toBe(true);
    expect(isTotalsRow({ sheet: "项目", row: 9, cells: { 项目名称: "合计中心", 备注: "合计" } })).toBe(false);
  });
});
