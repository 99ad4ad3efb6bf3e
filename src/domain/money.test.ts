import { describe, expect, it } from "vitest";
import {
  applyRateFloor,
  fen,
  formatAmount,
  formatAmountZh,
  parseAmount,
  sumFen,
  FEN_PER_YI,
} from "./money.js";

describe("money", () => {
  it("parses amounts in 元, 万元 and 亿元 exactly into fen", () => {
    expect(parseAmount("12.34", "yuan")).toBe(1234n);
    expect(parseAmount("1.5", "wan")).toBe(1_500_000n);
    expect(parseAmount("3983", "yi")).toBe(3983n * FEN_PER_YI);
    expect(parseAmount("0.000001", "yi")).toBe(10_000n);
    expect(parseAmount(" 1,234.5 ", "wan")).toBe(1_234_500_000n);
  });

  it("refuses amounts finer than a fen instead of rounding them", () => {
    expect(() => parseAmount("0.001", "yuan")).toThrow(/precision/);
    expect(() => parseAmount("abc", "yuan")).toThrow(/decimal/);
    expect(() => parseAmount("1e5", "yuan")).toThrow(/decimal/);
  });

  it("sums exactly beyond the range of a double", () => {
    const big = fen(9_007_199_254_740_993n);
    expect(sumFen([big, fen(1), fen(1)])).toBe(9_007_199_254_740_995n);
    // 0.1 + 0.2 in yuan is 30 fen, not 30.000000000000004
    expect(sumFen([parseAmount("0.1", "yuan"), parseAmount("0.2", "yuan")])).toBe(30n);
  });

  it("formats in 亿元/万元 rounding half up at the last digit shown", () => {
    expect(formatAmount(fen(3983n * FEN_PER_YI), "yi", 2)).toBe("3,983.00");
    expect(formatAmount(fen(4_950_000_000n), "yi", 2)).toBe("0.50");
    expect(formatAmount(fen(4_949_999_999n), "yi", 2)).toBe("0.49");
    expect(formatAmount(fen(-150_000_000n), "yi", 2)).toBe("-0.02");
    expect(formatAmount(fen(123_456_789n), "wan", 0, false)).toBe("123");
    expect(formatAmountZh(fen(1_000_000n), "wan", 1)).toBe("1.0万元");
  });

  it("applies a decimal rate rounding down to the fen", () => {
    expect(applyRateFloor(fen(999), "0.30")).toBe(299n);
    expect(applyRateFloor(fen(10n * FEN_PER_YI), "0.2")).toBe(2n * FEN_PER_YI);
  });

  it("refuses a non-integer number as fen", () => {
    expect(() => fen(1.5)).toThrow(RangeError);
  });
});
