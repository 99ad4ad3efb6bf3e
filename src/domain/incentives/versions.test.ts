import { describe, expect, it } from "vitest";
import { dayBefore, newVersionProblems, versionInForce } from "./versions.js";

const versions = [
  { version: 1, effectiveFrom: "2020-01-01", effectiveTo: "2022-06-30" },
  { version: 2, effectiveFrom: "2022-07-01", effectiveTo: null },
];

describe("clause versions", () => {
  it("finds the version in force on a date, inclusive of both ends", () => {
    expect(versionInForce(versions, "2019-12-31")).toBeNull();
    expect(versionInForce(versions, "2020-01-01")?.version).toBe(1);
    expect(versionInForce(versions, "2022-06-30")?.version).toBe(1);
    expect(versionInForce(versions, "2022-07-01")?.version).toBe(2);
    expect(versionInForce(versions, "2030-01-01")?.version).toBe(2);
  });

  it("accepts a new version from today or later, after the latest one started", () => {
    expect(newVersionProblems(versions[1]!, "2022-12-31", "2022-12-31")).toEqual([]);
    expect(newVersionProblems(null, "2023-01-01", "2022-12-31")).toEqual([]);
    const [early] = newVersionProblems(versions[1]!, "2022-12-30", "2022-12-31");
    expect(early?.field).toBe("effectiveFrom");
    expect(early?.message).toContain("不能早于今天");
    const future = { version: 3, effectiveFrom: "2023-03-01", effectiveTo: null };
    expect(newVersionProblems(future, "2023-03-01", "2022-12-31")[0]?.messageEn).toContain(
      "after that of version 3",
    );
    expect(dayBefore("2023-03-01")).toBe("2023-02-28");
  });
});
