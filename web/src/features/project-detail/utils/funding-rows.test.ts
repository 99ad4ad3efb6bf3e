import { describe, expect, it } from "vitest";
import { fundingRows } from "./funding-rows.js";

describe("fundingRows", () => {
  it("computes each gap and a total row in exact fen", () => {
    const rows = fundingRows([
      { source: "地方政府专项债券", plannedFen: "500000000", securedFen: "300000000" },
      { source: "企业自筹/社会资本", plannedFen: "9007199254740993", securedFen: "9007199254740993" },
    ]);
    expect(rows.map((r) => r.gapFen)).toEqual(["200000000", "0", "200000000"]);
    expect(rows.at(-1)).toMatchObject({
      isTotal: true,
      plannedFen: "9007199754740993",
      securedFen: "9007199554740993",
    });
  });

  it("shows an over-secured source as a negative gap", () => {
    expect(fundingRows([{ source: "银行信贷", plannedFen: "100", securedFen: "150" }])[0]?.gapFen).toBe(
      "-50",
    );
  });

  it("has no total row without sources", () => {
    expect(fundingRows([])).toEqual([]);
  });
});
