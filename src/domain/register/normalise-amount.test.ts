import { describe, expect, it } from "vitest";
import { parseAmountCell, unitFromHeader } from "./normalise-amount.js";

describe("unitFromHeader", () => {
  it("reads the unit a header declares, in any bracket and with extra words", () => {
    expect(unitFromHeader("总投资（亿元）")).toBe("yi");
    expect(unitFromHeader("总投资(元)")).toBe("yuan");
    expect(unitFromHeader("总投资（万元）")).toBe("wan");
    expect(unitFromHeader("已完成投资（万元，只读）")).toBe("wan");
    expect(unitFromHeader("年度计划投资（万元） 2021")).toBe("wan");
    expect(unitFromHeader("总投资（单位：亿元）")).toBe("yi");
    expect(unitFromHeader("总投资 万元")).toBe("wan");
    expect(unitFromHeader("总投资/亿元")).toBe("yi");
  });

  it("returns null when the header declares none", () => {
    expect(unitFromHeader("总投资")).toBeNull();
    expect(unitFromHeader("项目编号（系统）")).toBeNull();
  });
});

describe("parseAmountCell", () => {
  it("reads 万元, 亿元 and 元 exactly into fen", () => {
    expect(parseAmountCell("12345.678901", "wan")).toEqual({ ok: true, value: 12_345_678_901n });
    expect(parseAmountCell("1.2345", "yi")).toEqual({ ok: true, value: 12_345_000_000n });
    expect(parseAmountCell("0.0000000001", "yi")).toEqual({ ok: true, value: 1n });
    expect(parseAmountCell("1,234.56", "yuan")).toEqual({ ok: true, value: 123_456n });
  });

  it("takes a number cell as the decimal Excel shows", () => {
    expect(parseAmountCell(12345.678901, "wan")).toEqual({ ok: true, value: 12_345_678_901n });
    expect(parseAmountCell(0.1 + 0.2, "wan")).toEqual({ ok: true, value: 300_000n });
    expect(parseAmountCell(3.5, "yi")).toEqual({ ok: true, value: 35_000_000_000n });
  });

  it("reads numbers stored as text, full-width, with separators and signs", () => {
    expect(parseAmountCell("１２３４", "wan")).toEqual({ ok: true, value: 1_234_000_000n });
    expect(parseAmountCell(" 1,234.5 ", "wan")).toEqual({ ok: true, value: 1_234_500_000n });
    expect(parseAmountCell("-12", "wan")).toEqual({ ok: true, value: -12_000_000n });
  });

  it("lets a unit written in the cell override the header", () => {
    expect(parseAmountCell("5亿", "wan")).toEqual({ ok: true, value: 5n * 10_000_000_000n });
    expect(parseAmountCell("1,200万元", "yi")).toEqual({ ok: true, value: 1_200_000_000n });
  });

  it("is null when blank", () => {
    expect(parseAmountCell("", "wan")).toEqual({ ok: true, value: null });
    expect(parseAmountCell(null, "wan")).toEqual({ ok: true, value: null });
  });

  it("refuses more precision than a fen instead of rounding", () => {
    const finer = parseAmountCell("1.0000001", "wan");
    expect(finer.ok).toBe(false);
    if (!finer.ok) expect(finer.reason.zh).toContain("最多6位小数");
    expect(parseAmountCell("0.001", "yuan").ok).toBe(false);
  });

  it("refuses text that is no amount", () => {
    expect(parseAmountCell("约五千万", "wan")).toMatchObject({
      ok: false,
      reason: { zh: "“约五千万”不是有效的金额", en: '"约五千万" is not an amount' },
    });
    expect(parseAmountCell(true, "wan").ok).toBe(false);
  });
});
