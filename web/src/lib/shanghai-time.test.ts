import { describe, expect, it } from "vitest";
import { formatShanghaiDate, formatShanghaiDateTime, shanghaiWallTimeToIso } from "./shanghai-time.js";

describe("formatShanghaiDateTime", () => {
  it("shows an instant in Beijing time whatever the machine's zone", () => {
    expect(formatShanghaiDateTime("2026-11-26T09:39:57.146Z")).toBe("2026-11-26 17:39:57");
    expect(formatShanghaiDateTime("2026-12-31T16:00:00Z")).toBe("2027-01-01 00:00:00");
  });

  it("passes an unreadable value through", () => {
    expect(formatShanghaiDateTime("soon")).toBe("soon");
  });
});

describe("formatShanghaiDate", () => {
  it("takes the Beijing calendar day", () => {
    expect(formatShanghaiDate("2026-12-31T16:30:00Z")).toBe("2027-01-01");
  });
});

describe("shanghaiWallTimeToIso", () => {
  it("adds the +08:00 offset and the seconds", () => {
    expect(shanghaiWallTimeToIso("2026-11-26 17:39")).toBe("2026-11-26T17:39:00+08:00");
    expect(shanghaiWallTimeToIso("2026-11-26T17:39:05")).toBe("2026-11-26T17:39:05+08:00");
    expect(shanghaiWallTimeToIso("yesterday")).toBeNull();
  });

  it("round-trips through the display format", () => {
    const iso = shanghaiWallTimeToIso("2027-01-01 00:00:00")!;
    expect(formatShanghaiDateTime(new Date(iso).toISOString())).toBe("2027-01-01 00:00:00");
  });
});
