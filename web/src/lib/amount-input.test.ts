import { describe, expect, it } from "vitest";
import { amountInputProblem, fenToAmountInput, parseAmountInput, sumAmountInputs } from "./amount-input.js";

describe("amounts typed in 万元 and 亿元", () => {
  it("accepts decimals down to one fen and refuses finer ones", () => {
    expect(amountInputProblem("12.5")).toBeNull();
    expect(amountInputProblem("1,200.000001")).toBeNull();
    expect(amountInputProblem("0.0000001")).toBe("precision");
    expect(amountInputProblem("0.0000000001", "yi")).toBeNull();
    expect(amountInputProblem("0.00000000001", "yi")).toBe("precision");
    expect(amountInputProblem("-3")).toBe("format");
    expect(amountInputProblem("1e3")).toBe("format");
    expect(amountInputProblem("")).toBe("format");
  });

  it("converts to exact fen", () => {
    expect(parseAmountInput("12.5")).toBe(12_500_000n);
    expect(parseAmountInput(" 98,765,432.123456 ")).toBe(98_765_432_123_456n);
    expect(parseAmountInput("300", "yi")).toBe(3_000_000_000_000n);
    expect(parseAmountInput("")).toBeNull();
    expect(parseAmountInput("abc")).toBeNull();
    expect(parseAmountInput(undefined)).toBeNull();
  });

  it("writes fen back as typed text without trailing zeros", () => {
    expect(fenToAmountInput("12500000")).toBe("12.5");
    expect(fenToAmountInput("1000000")).toBe("1");
    expect(fenToAmountInput("10000000")).toBe("10");
    expect(fenToAmountInput("1")).toBe("0.000001");
    expect(fenToAmountInput("0")).toBe("0");
    expect(fenToAmountInput("98765432123456")).toBe("98765432.123456");
    expect(fenToAmountInput("3000000000000", "yi")).toBe("300");
  });

  it("sums beyond the float range exactly, skipping invalid entries", () => {
    expect(sumAmountInputs(["9007199254.740993", "0.000001", "bad", undefined])).toBe(9_007_199_254_740_994n);
  });
});
