import { describe, expect, it } from "vitest";
import {
  excelSerialToIsoDate,
  isoDateToExcelSerial,
  parseDateCell,
  workbookDateToIsoDate,
  type DateReadOptions,
} from "./normalise-date.js";

const planned: DateReadOptions = { monthOnly: "first" };

function value(cell: Parameters<typeof parseDateCell>[0], options: DateReadOptions = planned): string | null {
  const parsed = parseDateCell(cell, options);
  if (!parsed.ok) throw new Error(parsed.reason.en);
  return parsed.value;
}

function reason(cell: Parameters<typeof parseDateCell>[0], options: DateReadOptions = planned): string {
  const parsed = parseDateCell(cell, options);
  if (parsed.ok) throw new Error(`accepted ${String(parsed.value)}`);
  return parsed.reason.zh;
}

describe("Excel serials (1900 system)", () => {
  it("converts serials around the 1900-02-29 bug", () => {
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(44256)).toBe("2021-03-01");
    expect(excelSerialToIsoDate(44256.99)).toBe("2021-03-01");
    expect(excelSerialToIsoDate(2_958_465)).toBe("9999-12-31");
    expect(excelSerialToIsoDate(0)).toBeNull();
  });

  it("inverts", () => {
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "2021-03-01", "2022-12-31"]) {
      expect(excelSerialToIsoDate(isoDateToExcelSerial(iso))).toBe(iso);
    }
  });

  it("counts the 1904 system from 1904-01-01", () => {
    expect(excelSerialToIsoDate(0, true)).toBe("1904-01-01");
    expect(excelSerialToIsoDate(42794, true)).toBe("2021-03-01");
    expect(value(42794, { monthOnly: "first", date1904: true })).toBe("2021-03-01");
  });
});

describe("workbook dates", () => {
  it("reads the UTC calendar date exceljs puts a serial at", () => {
    expect(workbookDateToIsoDate(new Date(Date.UTC(2021, 2, 1)))).toBe("2021-03-01");
  });

  it("keeps a late time of day on its day (Shanghai conversion would roll it over)", () => {
    expect(value(new Date(Date.UTC(2021, 2, 1, 18, 0)))).toBe("2021-03-01");
  });
});

describe("parseDateCell", () => {
  it("reads the usual ways of writing a date", () => {
    expect(value("2021/3/1")).toBe("2021-03-01");
    expect(value("2021-03-01")).toBe("2021-03-01");
    expect(value("2021.3.1")).toBe("2021-03-01");
    expect(value("2021年3月1日")).toBe("2021-03-01");
    expect(value("2021 年 3 月 1 日")).toBe("2021-03-01");
    expect(value("２０２１／３／１")).toBe("2021-03-01");
    expect(value("20210301")).toBe("2021-03-01");
    expect(value(20210301)).toBe("2021-03-01");
    expect(value("2021-03-01 00:00:00")).toBe("2021-03-01");
    expect(value(44256)).toBe("2021-03-01");
  });

  it("reads an instant with a zone as its Asia/Shanghai date", () => {
    expect(value("2021-02-28T16:00:00.000Z")).toBe("2021-03-01");
    expect(value("2021-03-01T00:00:00+08:00")).toBe("2021-03-01");
  });

  it("reads a month alone as its first or last day, or refuses it", () => {
    expect(value("2021年3月", { monthOnly: "first" })).toBe("2021-03-01");
    expect(value("2021-02", { monthOnly: "last" })).toBe("2021-02-28");
    expect(value("2024/2", { monthOnly: "last" })).toBe("2024-02-29");
    expect(value("2021.10", { monthOnly: "first" })).toBe("2021-10-01");
    expect(reason("2021年3月", { monthOnly: "reject" })).toBe("日期“2021年3月”须精确到日");
  });

  it("refuses dates that do not exist instead of rolling them over", () => {
    expect(reason("2021/2/30")).toBe("日期“2021/2/30”不存在");
    expect(reason("2021-13-01")).toBe("日期“2021-13-01”不存在");
    expect(reason("2021年13月")).toBe("日期“2021年13月”不存在");
    expect(reason("20210230")).toBe("日期“20210230”不存在");
  });

  it("refuses a bare year and unreadable text", () => {
    expect(reason(2021)).toContain("像是年份");
    expect(reason(2021.3)).toContain("像是年份");
    expect(reason("下半年")).toBe("无法识别的日期“下半年”，请写作 2021-03-01");
    expect(reason("2021-3/1")).toContain("无法识别");
    expect(reason(true)).toContain("无法识别");
  });

  it("is null when blank", () => {
    expect(value("")).toBeNull();
    expect(value(null)).toBeNull();
    expect(value("/")).toBeNull();
  });
});
