import { describe, expect, it } from "vitest";
import { parseProblemFilters, problemApiQuery, serializeProblemFilters } from "./problem-filters.js";

describe("coordination board filters", () => {
  it("opens on the unresolved problems and keeps only known values", () => {
    expect(parseProblemFilters(new URLSearchParams(""))).toEqual({ status: "unresolved" });
    expect(
      parseProblemFilters(
        new URLSearchParams("status=resolved&tier=district&category=water&overdue=yes&district=500112"),
      ),
    ).toEqual({ status: "resolved", tier: "district", district: "500112" });
  });

  it("round-trips through the URL without the defaults, and sends no status for 'all'", () => {
    const filters = { status: "all", tier: "city", overdue: "true" } as const;
    const params = serializeProblemFilters(filters);
    expect(params.toString()).toBe("status=all&tier=city&overdue=true");
    expect(parseProblemFilters(params)).toEqual(filters);
    expect(problemApiQuery(filters)).toMatchObject({ status: undefined, tier: "city", overdue: "true" });
    expect(serializeProblemFilters({ status: "unresolved" }).toString()).toBe("");
  });
});
