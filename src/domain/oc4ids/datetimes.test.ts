import { describe, expect, it } from "vitest";
import { endOfDay, shanghaiDateOf, startOfDay } from "./datetimes.js";

describe("OC4IDS date-times", () => {
  it("writes business dates at the first and last second of the day, UTC+8", () => {
    expect(startOfDay("2021-03-01")).toBe("2021-03-01T00:00:00+08:00");
    expect(endOfDay("2022-12-31")).toBe("2022-12-31T23:59:59+08:00");
  });

  it("reads the calendar date in Asia/Shanghai", () => {
    expect(shanghaiDateOf("2021-03-01T00:00:00+08:00")).toBe("2021-03-01");
    expect(shanghaiDateOf("2022-12-31T23:59:59+08:00")).toBe("2022-12-31");
    expect(shanghaiDateOf("2016-01-01T00:00:00Z")).toBe("2016-01-01");
    expect(shanghaiDateOf("2016-12-31T23:00:00Z")).toBe("2017-01-01");
    expect(shanghaiDateOf("2020-06-30T11:00:00.123-05:00")).toBe("2020-07-01");
    expect(shanghaiDateOf("2020-06-30")).toBe("2020-06-30");
  });

  it("gives null for text that is not an RFC 3339 date-time", () => {
    for (const bad of [
      "2021-02-30T00:00:00Z",
      "2021-03-01 00:00:00",
      "2021-03-01T00:00:00",
      "yesterday",
      20210301,
      null,
    ])
      expect(shanghaiDateOf(bad)).toBeNull();
  });
});
