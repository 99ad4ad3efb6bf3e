import { describe, expect, it } from "vitest";
import { daysBetween, isMonth, lastMonthInShanghai, shiftMonth } from "./business-month.js";

describe("business months", () => {
  it("shifts across year ends both ways", () => {
    expect(shiftMonth("2021-01", -1)).toBe("2020-12");
    expect(shiftMonth("2020-12", 1)).toBe("2021-01");
    expect(shiftMonth("2021-06", -18)).toBe("2019-12");
  });

  it("takes last month in Chongqing, where the new month starts eight hours before UTC's", () => {
    expect(lastMonthInShanghai(new Date("2021-06-30T15:59:00Z"))).toBe("2021-05");
    expect(lastMonthInShanghai(new Date("2021-06-30T16:00:00Z"))).toBe("2021-06");
    expect(lastMonthInShanghai(new Date("2022-01-01T03:00:00Z"))).toBe("2021-12");
  });

  it("accepts YYYY-MM months only", () => {
    expect(isMonth("2021-07")).toBe(true);
    expect(isMonth("2021-13")).toBe(false);
    expect(isMonth("2021-7")).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it("counts calendar days between business dates, across months and leap days", () => {
    expect(daysBetween("2021-06-30", "2021-07-05")).toBe(5);
    expect(daysBetween("2021-07-09", "2021-07-05")).toBe(-4);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2021-07-05", "2021-07-05")).toBe(0);
  });
});
