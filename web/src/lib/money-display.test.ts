import { describe, expect, it } from "vitest";
import { fenToChartNumber, formatFen, formatFenSigned, signOfFen, subtractFen } from "./money-display.js";

describe("money display", () => {
  it("formats fen strings in 亿元 and 万元", () => {
    expect(formatFen("398300000000000", "yi")).toBe("39,830.00");
    expect(formatFen("39830000000000", "yi", 0)).toBe("3,983");
    expect(formatFen("1505900000000", "wan")).toBe("1,505,900.00");
  });

  it("signs differences", () => {
    expect(formatFenSigned("30000000000", "yi", 0)).toBe("+3");
    expect(formatFenSigned("-12840000000", "yi")).toBe("-1.28");
    expect(formatFenSigned("0", "yi")).toBe("0.00");
  });

  it("subtracts beyond the safe integer range without loss", () => {
    expect(subtractFen("9007199254740993", "1")).toBe("9007199254740992");
    expect(subtractFen("1", "9007199254740993")).toBe("-9007199254740992");
  });

  it("rounds for charts before converting to a number", () => {
    expect(fenToChartNumber("12345678901", "yi")).toBe(1.23);
    expect(fenToChartNumber("398600000000000", "yi")).toBe(39860);
  });

  it("reports the sign", () => {
    expect(signOfFen("-1")).toBe(-1);
    expect(signOfFen("0")).toBe(0);
    expect(signOfFen("5")).toBe(1);
  });
});
