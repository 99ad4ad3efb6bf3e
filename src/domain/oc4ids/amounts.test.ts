import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import { MAX_EXACT_FEN, fenToYuanNumber, yuanNumberToFen } from "./amounts.js";

describe("fenToYuanNumber", () => {
  it("writes fen as a yuan number with at most two decimals", () => {
    expect(fenToYuanNumber(fen(0n))).toBe(0);
    expect(fenToYuanNumber(fen(5n))).toBe(0.05);
    expect(fenToYuanNumber(fen(123_456_789_012n))).toBe(1234567890.12);
    expect(fenToYuanNumber(fen(-150n))).toBe(-1.5);
    expect(JSON.stringify(fenToYuanNumber(fen(398_300_000_000_00n)))).toBe("398300000000");
  });

  it("refuses amounts beyond the exact range rather than rounding", () => {
    expect(() => fenToYuanNumber(fen(MAX_EXACT_FEN))).toThrow(RangeError);
    expect(fenToYuanNumber(fen(MAX_EXACT_FEN - 1n))).toBe(9999999999999.99);
  });
});

describe("yuanNumberToFen", () => {
  it("reads a yuan number into fen with integer arithmetic", () => {
    expect(yuanNumberToFen(1234567890.12)).toEqual({ fen: 123_456_789_012n });
    expect(yuanNumberToFen(40000000)).toEqual({ fen: 4_000_000_000n });
    expect(yuanNumberToFen(0.1)).toEqual({ fen: 10n });
    expect(yuanNumberToFen(-2.5)).toEqual({ fen: -250n });
    expect(yuanNumberToFen(1e12)).toEqual({ fen: 100_000_000_000_000n });
  });

  it("refuses more than two decimals instead of rounding", () => {
    expect(yuanNumberToFen(1.005)).toEqual({ problem: "tooManyDecimals" });
    expect(yuanNumberToFen(0.1 + 0.2)).toEqual({ problem: "tooManyDecimals" });
    expect(yuanNumberToFen(1e-7)).toEqual({ problem: "tooManyDecimals" });
  });

  it("refuses what is not a finite number or is beyond the exact range", () => {
    expect(yuanNumberToFen("12")).toEqual({ problem: "notNumber" });
    expect(yuanNumberToFen(Number.NaN)).toEqual({ problem: "notNumber" });
    expect(yuanNumberToFen(Number.POSITIVE_INFINITY)).toEqual({ problem: "notNumber" });
    expect(yuanNumberToFen(1e21)).toEqual({ problem: "outOfRange" });
    expect(yuanNumberToFen(1e13)).toEqual({ problem: "outOfRange" });
  });

  it("gives back every fen amount in the exact range after a trip through JSON text", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_EXACT_FEN + 1n, max: MAX_EXACT_FEN - 1n }), (amount) => {
        const text = JSON.stringify({ amount: fenToYuanNumber(fen(amount)) });
        const parsed = JSON.parse(text) as { amount: number };
        expect(yuanNumberToFen(parsed.amount)).toEqual({ fen: amount });
      }),
      { numRuns: 2000 },
    );
  });
});
