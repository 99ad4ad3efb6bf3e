import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import { applyFundingEdit, fundingFigures, orderSources, type FundingLine } from "./funding.js";

const SOURCES = ["中央预算内投资", "地方政府专项债券", "银行信贷（含政策性银行）", "企业自筹/社会资本"];
const line = (source: string, planned: bigint, secured: bigint): FundingLine => ({
  source,
  plannedFen: fen(planned),
  securedFen: fen(secured),
});
const lines = [
  line("地方政府专项债券", 30_000_000_000n, 10_000_000_000n),
  line("企业自筹/社会资本", 50_000_000_001n, 50_000_000_001n),
];
const total = fen(100_000_000_003n);

describe("fundingFigures", () => {
  it("adds up planned and secured exactly and gives the gap against the total and per source", () => {
    const f = fundingFigures(total, lines);
    expect(f.plannedFen).toBe(80_000_000_001n);
    expect(f.securedFen).toBe(60_000_000_001n);
    expect(f.gapFen).toBe(40_000_000_002n);
    expect(f.unplannedFen).toBe(20_000_000_002n);
    expect(f.sources.map((s) => s.gapFen)).toEqual([20_000_000_000n, 0n]);
  });

  it("counts the whole investment as the gap when nothing is planned", () => {
    expect(fundingFigures(total, []).gapFen).toBe(total);
  });
});

describe("applyFundingEdit", () => {
  it("sets a source's secured amount and keeps its plan", () => {
    const { lines: next, problems } = applyFundingEdit(
      lines,
      { source: "地方政府专项债券", securedFen: fen(30_000_000_000n) },
      total,
      SOURCES,
    );
    expect(problems).toEqual([]);
    expect(next[0]).toEqual(line("地方政府专项债券", 30_000_000_000n, 30_000_000_000n));
    expect(next[1]).toEqual(lines[1]);
  });

  it("adds a listed source with its plan", () => {
    const { lines: next, problems } = applyFundingEdit(
      lines,
      { source: "银行信贷（含政策性银行）", securedFen: fen(0n), plannedFen: fen(20_000_000_002n) },
      total,
      SOURCES,
    );
    expect(problems).toEqual([]);
    expect(next).toHaveLength(3);
  });

  it("names the field of each problem", () => {
    const fields = (edit: Parameters<typeof applyFundingEdit>[1]) =>
      applyFundingEdit(lines, edit, total, SOURCES).problems.map((p) => p.field);
    expect(fields({ source: "民间借贷", securedFen: fen(0n), plannedFen: fen(1n) })).toEqual(["source"]);
    expect(fields({ source: "中央预算内投资", securedFen: fen(0n) })).toEqual(["plannedFen"]);
    expect(fields({ source: "地方政府专项债券", securedFen: fen(-1n) })).toEqual(["securedFen"]);
    expect(fields({ source: "地方政府专项债券", securedFen: fen(30_000_000_001n) })).toEqual(["securedFen"]);
    expect(
      fields({ source: "中央预算内投资", securedFen: fen(0n), plannedFen: fen(20_000_000_003n) }),
    ).toEqual(["plannedFen"]);
    expect(
      fields({ source: "中央预算内投资", securedFen: fen(0n), plannedFen: fen(20_000_000_002n) }),
    ).toEqual([]);
  });

  it("says the amounts in words in both languages", () => {
    const [p] = applyFundingEdit(
      lines,
      { source: "地方政府专项债券", securedFen: fen(30_000_000_001n) },
      total,
      SOURCES,
    ).problems;
    expect(p).toEqual({
      field: "securedFen",
      message: "已落实金额 30,000.000001 万元 超过该来源计划金额 30,000 万元",
      messageEn: "secured CNY 300,000,000.01 exceeds the source's planned CNY 300,000,000.00",
    });
  });
});

describe("orderSources", () => {
  it("keeps the plan's order and puts other sources after it by name", () => {
    expect(orderSources(["B", "A"], ["Z", "A", "C"])).toEqual(["B", "A", "C", "Z"]);
  });
});
