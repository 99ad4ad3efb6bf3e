import { describe, expect, it } from "vitest";
import { businessDate, isIsoDate } from "./dates.js";

describe("business dates", () => {
  it("are calendar dates in Asia/Shanghai, not UTC", () => {
    expect(businessDate(new Date("2021-06-30T16:30:00Z"))).toBe("2021-07-01");
    expect(businessDate(new Date("2021-06-30T15:59:59Z"))).toBe("2021-06-30");
  });

  it("accept only real calendar dates", () => {
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2021-02-29")).toBe(false);
    expect(isIsoDate("2021-13-01")).toBe(false);
    expect(isIsoDate("2021/03/01")).toBe(false);
  });
});
