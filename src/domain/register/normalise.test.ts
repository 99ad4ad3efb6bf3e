import { describe, expect, it } from "vitest";
import {
  cleanLongText,
  cleanText,
  compactCode,
  decimalTextOf,
  decimalTextOfNumber,
  displayText,
  expandExponent,
  isBlank,
  parseDecimalCell,
  parsePercentCell,
  parsePositiveIntegerCell,
  plainCell,
  toHalfWidth,
  trimDecimal,
} from "./normalise.js";

describe("toHalfWidth", () => {
  it("turns full-width digits, letters, brackets, commas, points, dashes and spaces half-width", () => {
    expect(toHalfWidth("１２３４．５")).toBe("1234.5");
    expect(toHalfWidth("ＮＥＴ－１")).toBe("NET-1");
    expect(toHalfWidth("总投资（万元）")).toBe("总投资(万元)");
    expect(toHalfWidth("１，２３４")).toBe("1,234");
    expect(toHalfWidth("a\u3000b")).toBe("a b");
    expect(toHalfWidth("2021。3。1")).toBe("2021.3.1");
    expect(toHalfWidth("2021—500112–65−01")).toBe("2021-500112-65-01");
  });

  it("leaves Chinese text alone", () => {
    expect(toHalfWidth("重庆市渝北区")).toBe("重庆市渝北区");
  });
});

describe("cleanText and cleanLongText", () => {
  it("trims and collapses inner whitespace, ideographic spaces and line breaks", () => {
    expect(cleanText("  两江\u3000\u3000数据中心 \n 一期 ")).toBe("两江 数据中心 一期");
    expect(cleanText("\u200b名称\ufeff")).toBe("名称");
  });

  it("keeps line breaks in long text but trims the ends of lines and the whole", () => {
    expect(cleanLongText("  第一行  \r\n第二行\r\n\r\n")).toBe("第一行\n第二行");
  });

  it("compacts codes: half-width, no spaces, upper case", () => {
    expect(compactCode(" ｎｅｔ－１ ")).toBe("NET-1");
    expect(compactCode("5001 12")).toBe("500112");
  });
});

describe("isBlank", () => {
  it("treats empty, whitespace and placeholders as blank", () => {
    for (const cell of [null, undefined, "", "  ", "\u3000", "/", "－", "无", "暂无", "N/A", "#N/A"]) {
      expect(isBlank(cell), String(cell)).toBe(true);
    }
  });

  it("keeps zero and text", () => {
    expect(isBlank(0)).toBe(false);
    expect(isBlank("0")).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe("plainCell", () => {
  it("joins rich text runs", () => {
    expect(plainCell({ richText: [{ text: "两江" }, { text: "数据中心", font: { bold: true } }] })).toBe(
      "两江数据中心",
    );
  });

  it("uses a formula's result, including shared formulas and missing results", () => {
    expect(plainCell({ formula: "A1*2", result: 24.5 })).toBe(24.5);
    expect(plainCell({ sharedFormula: "B2", result: "在建" })).toBe("在建");
    expect(plainCell({ formula: "A1", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(plainCell({ formula: "NOW()" })).toBeNull();
  });

  it("uses a hyperlink's text and passes scalars through", () => {
    expect(plainCell({ text: "官网", hyperlink: "https://example.org" })).toBe("官网");
    const date = new Date(Date.UTC(2021, 2, 1));
    expect(plainCell(date)).toBe(date);
    expect(plainCell(7)).toBe(7);
    expect(plainCell(undefined)).toBeNull();
  });
});

describe("decimal text", () => {
  it("expands exponents exactly", () => {
    expect(expandExponent("1.5e-7")).toBe("0.00000015");
    expect(expandExponent("2E+3")).toBe("2000");
    expect(expandExponent("-1.25e+1")).toBe("-12.5");
    expect(expandExponent("1.23456789012346e+21")).toBe("1234567890123460000000");
  });

  it("trims zeros", () => {
    expect(trimDecimal("007.50")).toBe("7.5");
    expect(trimDecimal("-0.000")).toBe("0");
    expect(trimDecimal("+12")).toBe("12");
  });

  it("writes a cell's number as Excel shows it, recovering what was typed", () => {
    expect(decimalTextOfNumber(12345.678901)).toBe("12345.678901");
    expect(decimalTextOfNumber(0.1 + 0.2)).toBe("0.3");
    expect(decimalTextOfNumber(1e-7)).toBe("0.0000001");
    expect(decimalTextOfNumber(-42)).toBe("-42");
    expect(decimalTextOfNumber(123456789.123456)).toBe("123456789.123456");
    expect(() => decimalTextOfNumber(Number.NaN)).toThrow();
  });

  it("reads numbers stored as text", () => {
    expect(decimalTextOf("1,234.5")).toBe("1234.5");
    expect(decimalTextOf("１２３４")).toBe("1234");
    expect(decimalTextOf("１，２３４．５０")).toBe("1234.5");
    expect(decimalTextOf(" 12 345 ")).toBe("12345");
    expect(decimalTextOf("-12.5")).toBe("-12.5");
    expect(decimalTextOf("－12.5")).toBe("-12.5");
    expect(decimalTextOf("(1,234)")).toBe("-1234");
    expect(decimalTextOf("+7")).toBe("7");
    expect(decimalTextOf(".5")).toBe("0.5");
    expect(decimalTextOf("1.2E+3")).toBe("1200");
    expect(decimalTextOf("12e-2")).toBe("0.12");
  });

  it("refuses what is not a number", () => {
    for (const text of ["1,5", "12a", "1.2.3", "", "(−5)", "1,2345"])
      expect(decimalTextOf(text), text).toBeNull();
  });

  it("parses decimal cells, blank as null", () => {
    expect(parseDecimalCell(12.5)).toEqual({ ok: true, value: "12.5" });
    expect(parseDecimalCell("  ")).toEqual({ ok: true, value: null });
    expect(parseDecimalCell("abc")).toMatchObject({ ok: false, reason: { zh: "“abc”不是有效的数字" } });
    expect(parseDecimalCell(true).ok).toBe(false);
  });

  it("parses positive whole numbers", () => {
    expect(parsePositiveIntegerCell(" 42 ")).toEqual({ ok: true, value: 42 });
    expect(parsePositiveIntegerCell(7)).toEqual({ ok: true, value: 7 });
    expect(parsePositiveIntegerCell(null)).toEqual({ ok: true, value: null });
    expect(parsePositiveIntegerCell("0").ok).toBe(false);
    expect(parsePositiveIntegerCell("1.5").ok).toBe(false);
    expect(parsePositiveIntegerCell("-3").ok).toBe(false);
  });
});

describe("parsePercentCell", () => {
  it("reads percent text as points and a number cell as a fraction", () => {
    expect(parsePercentCell("85%")).toEqual({ ok: true, value: "85" });
    expect(parsePercentCell("８５．５％")).toEqual({ ok: true, value: "85.5" });
    expect(parsePercentCell("85")).toEqual({ ok: true, value: "85" });
    expect(parsePercentCell(0.855)).toEqual({ ok: true, value: "85.5" });
    expect(parsePercentCell(85, true)).toEqual({ ok: true, value: "85" });
    expect(parsePercentCell("")).toEqual({ ok: true, value: null });
    expect(parsePercentCell("八成").ok).toBe(false);
  });
});

describe("displayText", () => {
  it("shows values as typed", () => {
    expect(displayText("  a ")).toBe("  a ");
    expect(displayText(500199)).toBe("500199");
    expect(displayText(true)).toBe("TRUE");
    expect(displayText(new Date(Date.UTC(2021, 2, 1)))).toBe("2021-03-01");
    expect(displayText(new Date(Date.UTC(2021, 2, 1, 18, 30)))).toBe("2021-03-01 18:30");
    expect(displayText(null)).toBe("");
  });
});
