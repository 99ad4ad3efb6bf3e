import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, monthIndex, parseDay } from "./dates.js";
import { createRandom } from "./random.js";
import { scheduleProject, stageFromDates } from "./schedule.js";

const timeline = { planStartYear: 2020, asOf: parseDay("2022-12-31") };
const day = (text: string) => parseDay(text);

describe("dates", () => {
  it("round-trips days and months", () => {
    expect(formatDay(parseDay("2021-03-09"))).toBe("2021-03-09");
    expect(formatMonth(monthIndex(2020, 12) + 1)).toBe("2021-01");
  });
});

describe("stageFromDates", () => {
  it("derives the stage from the dates alone", () => {
    const asOf = timeline.asOf;
    expect(stageFromDates(null, null, asOf, "reserve")).toBe("reserve");
    expect(stageFromDates(day("2020-03-01"), day("2022-12-31"), asOf, "reserve")).toBe("completed");
    expect(stageFromDates(day("2020-03-01"), null, asOf, "reserve")).toBe("under_construction");
    expect(stageFromDates(day("2022-11-15"), null, asOf, "reserve")).toBe("new_start");
  });
});

describe("scheduleProject", () => {
  const random = createRandom(11);
  const schedules = Array.from({ length: 300 }, (_, i) =>
    scheduleProject(
      (["under_construction", "new_start", "reserve"] as const)[i % 3] ?? "reserve",
      50_000n,
      timeline,
      random,
    ),
  );

  it("starts the plan's projects under construction in the three years before it", () => {
    for (const s of schedules.filter((_, i) => i % 3 === 0)) {
      const year = Number(formatDay(s.actualStart ?? day("1900-01-01")).slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(2017);
      expect(year).toBeLessThanOrEqual(2019);
    }
  });

  it("plans 1 to 5 years and never starts before the planned start", () => {
    for (const s of schedules) {
      expect(s.plannedMonths).toBeGreaterThanOrEqual(12);
      expect(s.plannedMonths).toBeLessThanOrEqual(60);
      if (s.actualStart) expect(formatDay(s.actualStart) >= formatDay(s.plannedStart)).toBe(true);
    }
  });

  it("keeps unstarted projects in planning or reserve", () => {
    for (const s of schedules.filter((x) => !x.actualStart))
      expect(["planning", "reserve"]).toContain(s.stage);
  });
});
