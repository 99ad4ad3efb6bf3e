import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import type { ProjectRecord } from "../project-record.js";
import { exportCellText, fundingRowCells, projectRowCells } from "./export-cells.js";
import { wanText } from "./normalise-amount.js";
import { projectColumns } from "./template.js";

const record: ProjectRecord = {
  id: 7,
  code: null,
  name: "数据中心",
  specialCode: "COMP-1",
  districtCode: "500112",
  ownerName: "某公司",
  ownerUscc: null,
  leadDepartmentName: null,
  level: "national",
  planCategory: null,
  stage: "completed",
  description: "",
  totalInvestmentFen: fen(12_345_678_901n),
  completedInvestmentFen: fen(1n),
  plannedStart: "2021-03-01",
  plannedEnd: null,
  actualStart: "2021-04-01",
  actualEnd: "2022-01-01",
  funding: [{ source: "中央预算内投资", plannedFen: fen(1_000_000n), securedFen: fen(0n) }],
  annualPlans: [{ year: 2022, plannedFen: fen(5_000_000n) }],
};

describe("export cells", () => {
  it("writes fen as exact 万元 decimals", () => {
    expect(wanText(fen(12_345_678_901n))).toBe("12345.678901");
    expect(wanText(fen(1n))).toBe("0.000001");
    expect(wanText(fen(5_000_000n))).toBe("5");
    expect(wanText(fen(0n))).toBe("0");
  });

  it("lays a record out in template column order with labels in Chinese", () => {
    const texts = projectRowCells(record, projectColumns([2021, 2022])).map(exportCellText);
    expect(texts).toEqual([
      "7",
      "",
      "数据中心",
      "COMP-1",
      "500112",
      "某公司",
      "",
      "",
      "国家级",
      "",
      "竣工投用",
      "12345.678901",
      "0.000001",
      "2021-03-01",
      "",
      "2021-04-01",
      "2022-01-01",
      "",
      "5",
      "",
    ]);
  });

  it("refuses an annual plan for a year without a column", () => {
    expect(() => projectRowCells(record, projectColumns([2021]))).toThrow(/2022/);
  });

  it("writes one funding row per source naming the project by id, code and name", () => {
    expect(fundingRowCells(record).map((row) => row.map(exportCellText))).toEqual([
      ["7", "", "数据中心", "中央预算内投资", "1", "0"],
    ]);
  });
});
