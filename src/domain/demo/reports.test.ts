import { describe, expect, it } from "vitest";
import { FEN_PER_WAN } from "../money.js";
import { monthIndex, parseDay } from "./dates.js";
import { createRandom } from "./random.js";
import { monthlyReports, openingCompleted, spendingCurve } from "./reports.js";
import type { ProjectSchedule } from "./schedule.js";

const timeline = { planStartYear: 2020, asOf: parseDay("2022-12-31") };

const schedule = (overrides: Partial<ProjectSchedule>): ProjectSchedule => ({
  plannedStart: parseDay("2019-01-10"),
  plannedEnd: parseDay("2021-07-10"),
  actualStart: parseDay("2019-01-10"),
  actualEnd: parseDay("2021-09-20"),
  plannedMonths: 30,
  actualMonths: 32,
  lagging: false,
  stage: "completed",
  suspendedFrom: null,
  suspendedMonth: null,
  ...overrides,
});

const total = 12_345n;
const sumInvested = (reports: { investedFen: bigint }[]) => reports.reduce((a, r) => a + r.investedFen, 0n);

describe("spendingCurve", () => {
  it("rises from 0 to 1 without going back", () => {
    let previous = 0;
    for (let x = -0.5; x <= 1.5; x += 0.05) {
      const y = spendingCurve(x);
      expect(y).toBeGreaterThanOrEqual(previous);
      previous = y;
    }
    expect(spendingCurve(0)).toBe(0);
    expect(spendingCurve(1)).toBe(1);
  });
});

describe("openingCompleted", () => {
  it("is a share of the total for projects started before the first report month, else nothing", () => {
    const random = createRandom(1);
    const opening = openingCompleted(total, schedule({}), timeline, random);
    expect(opening > 0n && opening < total).toBe(true);
    expect(openingCompleted(total, schedule({ actualStart: parseDay("2020-01-01") }), timeline, random)).toBe(
      0n,
    );
    expect(openingCompleted(total, schedule({ actualStart: null }), timeline, random)).toBe(0n);
  });
});

describe("monthlyReports", () => {
  it("brings a completed project to its total and to 100 % exactly in its last month", () => {
    const opening = 3_000n;
    const reports = monthlyReports(
      { key: "P", total, opening, schedule: schedule({}), works: "facility" },
      timeline,
      createRandom(2),
    );
    expect(reports[0]?.month).toBe("2020-01");
    expect(reports.at(-1)?.month).toBe("2021-09");
    expect(opening * FEN_PER_WAN + sumInvested(reports)).toBe(total * FEN_PER_WAN);
    expect(reports.at(-1)?.progressPct).toBe(100);
    expect(reports.slice(0, -1).every((r) => r.progressPct < 100)).toBe(true);
  });

  it("keeps an unfinished project below its total, reporting from its start to the as-of month", () => {
    const reports = monthlyReports(
      {
        key: "P",
        total,
        opening: 0n,
        schedule: schedule({
          actualStart: parseDay("2021-05-03"),
          actualEnd: null,
          stage: "under_construction",
        }),
        works: "platform",
      },
      timeline,
      createRandom(3),
    );
    expect(reports[0]?.month).toBe("2021-05");
    expect(reports.at(-1)?.month).toBe("2022-12");
    expect(sumInvested(reports) < total * FEN_PER_WAN).toBe(true);
    expect(reports.every((r) => r.progressPct < 100)).toBe(true);
  });

  it("stops at the suspension month and says so", () => {
    const reports = monthlyReports(
      {
        key: "P",
        total,
        opening: 1_000n,
        schedule: schedule({ actualEnd: null, stage: "suspended", suspendedMonth: monthIndex(2021, 6) }),
        works: "network",
      },
      timeline,
      createRandom(4),
    );
    expect(reports.at(-1)?.month).toBe("2021-06");
    expect(reports.at(-1)?.problems).not.toBeNull();
  });

  it("reports nothing for a project that has not started", () => {
    const unstarted = schedule({ actualStart: null, actualEnd: null, stage: "reserve" });
    expect(
      monthlyReports(
        { key: "P", total, opening: 0n, schedule: unstarted, works: "platform" },
        timeline,
        createRandom(5),
      ),
    ).toEqual([]);
  });
});
