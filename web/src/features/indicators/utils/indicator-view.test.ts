import { describe, expect, it } from "vitest";
import {
  composePeriod,
  monthOptions,
  periodFromSearch,
  periodParts,
  progressBar,
  withUnit,
  yearOptions,
} from "./indicator-view.js";

const search = (period: string) => new URLSearchParams({ period });

describe("indicator page view", () => {
  it("keeps a valid period from the URL and falls back to the current year otherwise", () => {
    expect(periodFromSearch(search("2021-06"), "2022-12-31")).toBe("2021-06");
    expect(periodFromSearch(search("2021"), "2022-12-31")).toBe("2021");
    expect(periodFromSearch(search("2023"), "2022-12-31")).toBe("2022");
    expect(periodFromSearch(search("2022-13"), "2022-12-31")).toBe("2022");
    expect(periodFromSearch(new URLSearchParams(), "2026-11-26")).toBe("2026");
  });

  it("splits and joins periods", () => {
    expect(periodParts("2022-06")).toEqual({ year: 2022, month: 6 });
    expect(periodParts("2022")).toEqual({ year: 2022, month: null });
    expect(composePeriod(2022, 6)).toBe("2022-06");
    expect(composePeriod(2022, null)).toBe("2022");
  });

  it("offers no future year or month", () => {
    expect(yearOptions(2020, "2022-05-01")).toEqual([2022, 2021, 2020]);
    expect(monthOptions(2022, "2022-05-01")).toEqual([1, 2, 3, 4, 5]);
    expect(monthOptions(2021, "2022-05-01")).toHaveLength(12);
  });

  it("fills the bar up to 100 and colours it by status", () => {
    const p = (percent: string | null, status: "met" | "on_track" | "behind" | "no_data") => ({
      basis: null,
      value: null,
      status,
      percent,
      explanation: { zh: "", en: "" },
    });
    expect(progressBar(p("106.8", "met"))).toEqual({ percent: 100, status: "success" });
    expect(progressBar(p("97.5", "behind"))).toEqual({ percent: 97.5, status: "exception" });
    expect(progressBar(p("50.0", "on_track"))).toEqual({ percent: 50, status: "normal" });
    expect(progressBar(p(null, "met"))).toBeNull();
  });

  it("writes a value with its unit", () => {
    expect(withUnit("85.5", "%")).toBe("85.5%");
    expect(withUnit("12", "家")).toBe("12 家");
  });
});
