import { describe, expect, it } from "vitest";
import { formatShanghaiTime, fromPickerDate, todayInShanghai, toPickerDate } from "./business-date.js";

describe("business dates in the picker", () => {
  it("round-trips a date without shifting the day", () => {
    for (const day of ["2021-01-01", "2021-12-31", "2024-02-29"]) {
      expect(fromPickerDate(toPickerDate(day))).toBe(day);
    }
  });

  it("treats empty and malformed values as no date", () => {
    expect(toPickerDate(null)).toBeNull();
    expect(toPickerDate("2021/01/01")).toBeNull();
    expect(fromPickerDate(null)).toBeNull();
  });
});

describe("todayInShanghai", () => {
  it("is already the next day in Chongqing late in the UTC evening", () => {
    expect(todayInShanghai(new Date("2021-06-30T17:00:00Z"))).toBe("2021-07-01");
    expect(todayInShanghai(new Date("2021-06-30T15:00:00Z"))).toBe("2021-06-30");
  });
});

describe("formatShanghaiTime", () => {
  it("shows a UTC timestamp at Beijing time", () => {
    expect(formatShanghaiTime("2021-06-30T16:05:09.123Z")).toBe("2021-07-01 00:05");
    expect(formatShanghaiTime("not a time")).toBe("not a time");
  });
});
