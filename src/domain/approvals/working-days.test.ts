import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOTICE_DAYS, NOTICE_YEARS } from "./calendar-2020-2022.js";
import {
  addCalendarDays,
  addWorkingDays,
  dateOfDay,
  dayNumber,
  isWeekend,
  isWorkingDay,
  PLAIN_WEEK,
  subtractWorkingDays,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from "./working-days.js";

const calendar = workingCalendar(NOTICE_DAYS);

/** The slow, obvious count: walk every day after `from` up to `to` and ask whether it is worked. */
function naiveBetween(cal: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(cal, d)) n++;
  return n;
}

const dayIn = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(dateOfDay);
const planDay = dayIn("2019-12-01", "2023-01-31");

describe("the day itself", () => {
  it("takes Monday–Friday as working days and the weekend as rest, with no calendar", () => {
    // 2023-05-08 is a Monday.
    const week = [0, 1, 2, 3, 4, 5, 6].map((i) => addCalendarDays("2023-05-08", i));
    expect(week.map((d) => isWorkingDay(PLAIN_WEEK, d))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(week.map(isWeekend)).toEqual([false, false, false, false, false, true, true]);
  });

  it("takes listed holidays off and listed weekend make-up days (调休) on", () => {
    expect(isWorkingDay(calendar, "2021-02-11")).toBe(false); // 春节, a Thursday
    expect(isWorkingDay(calendar, "2021-02-07")).toBe(true); // Sunday worked before 春节
    expect(isWorkingDay(calendar, "2021-02-20")).toBe(true); // Saturday worked after 春节
    expect(isWorkingDay(calendar, "2022-10-08")).toBe(true); // Saturday worked after 国庆
    expect(isWorkingDay(calendar, "2022-10-07")).toBe(false); // 国庆, a Friday
    expect(isWorkingDay(calendar, "2022-10-15")).toBe(false); // an ordinary Saturday
  });

  it("keeps 2020's Spring Festival extension: off until 2 February, and 1 February no longer worked", () => {
    expect(isWorkingDay(calendar, "2020-01-31")).toBe(false);
    expect(isWorkingDay(calendar, "2020-02-01")).toBe(false);
    expect(isWorkingDay(calendar, "2020-02-03")).toBe(true);
    expect(isWorkingDay(calendar, "2020-01-19")).toBe(true); // the Sunday worked before it
  });

  it("ignores listed days that change nothing: a weekend holiday, a weekday make-up day", () => {
    const odd = workingCalendar([
      { day: "2023-05-13", kind: "holiday" },
      { day: "2023-05-10", kind: "workday" },
    ]);
    expect(odd.weekdayHolidays).toEqual([]);
    expect(odd.weekendWorkdays).toEqual([]);
    expect(workingDaysBetween(odd, "2023-05-07", "2023-05-14")).toBe(5);
  });

  it("refuses what is not a calendar date", () => {
    expect(() => dayNumber("2021-02-30")).toThrow(RangeError);
    expect(() => workingDaysBetween(calendar, "2021-13-01", "2022-01-01")).toThrow(RangeError);
  });
});

describe("counting working days: the submission day does not count, the completion day does", () => {
  it("counts the working days of each plan year as the notices give them (249, 250, 249)", () => {
    expect(NOTICE_YEARS).toEqual([2020, 2021, 2022]);
    // 2020: 262 weekdays − 19 weekday holidays + 6 make-up days.
    expect(workingDaysBetween(calendar, "2019-12-31", "2020-12-31")).toBe(249);
    // 2021: 261 − 18 + 7.
    expect(workingDaysBetween(calendar, "2020-12-31", "2021-12-31")).toBe(250);
    // 2022: 260 − 18 + 7.
    expect(workingDaysBetween(calendar, "2021-12-31", "2022-12-31")).toBe(249);
  });

  it("counts nothing for a decision on the day of submission, one for the next working day", () => {
    expect(workingDaysBetween(calendar, "2022-03-01", "2022-03-01")).toBe(0);
    expect(workingDaysBetween(calendar, "2022-03-01", "2022-03-02")).toBe(1);
    expect(workingDaysBetween(calendar, "2022-03-04", "2022-03-07")).toBe(1); // Friday to Monday
    expect(workingDaysBetween(calendar, "2022-03-07", "2022-03-04")).toBe(0); // the wrong way round
  });

  it("counts across 春节 with its make-up days", () => {
    // Friday 2021-02-05 → Monday 02-08: the Sunday 02-07 is worked, so two days.
    expect(workingDaysBetween(calendar, "2021-02-05", "2021-02-08")).toBe(2);
    // Wednesday 02-10 → Thursday 02-18: the whole holiday week counts nothing.
    expect(workingDaysBetween(calendar, "2021-02-10", "2021-02-18")).toBe(1);
    // 2022: submitted on the worked Saturday 01-29, decided Monday 02-07 after the holiday.
    expect(workingDaysBetween(calendar, "2022-01-29", "2022-02-07")).toBe(2);
    // 2020, extended: Thursday 01-23 → Monday 02-03.
    expect(workingDaysBetween(calendar, "2020-01-23", "2020-02-03")).toBe(1);
  });

  it("counts across 国庆 with its make-up days", () => {
    // Friday 2022-09-30 → Monday 10-10: the worked weekend 10-08/09 and the Monday.
    expect(workingDaysBetween(calendar, "2022-09-30", "2022-10-10")).toBe(3);
    // 2021: Saturday 09-25 → Friday 10-08: Sunday 09-26 worked, 09-27..30, 10-08 → 6.
    expect(workingDaysBetween(calendar, "2021-09-25", "2021-10-08")).toBe(6);
    // 2020: Friday 09-25 → Monday 10-12, over 国庆+中秋 and the worked 09-27 and 10-10.
    expect(workingDaysBetween(calendar, "2020-09-25", "2020-10-12")).toBe(7);
  });

  it("agrees with walking day by day, for any two dates around the plan years", () => {
    fc.assert(
      fc.property(planDay, planDay, (a, b) => {
        expect(workingDaysBetween(calendar, a, b)).toBe(naiveBetween(calendar, a, b));
      }),
      { numRuns: 400, seed: 20201001 },
    );
  });

  it("agrees with walking day by day under any calendar a city might keep", () => {
    const listed = fc.array(
      fc.record({ day: dayIn("2024-01-01", "2024-12-31"), kind: fc.constantFrom("holiday", "workday") }),
      { maxLength: 40 },
    );
    const day2024 = dayIn("2023-12-01", "2025-01-31");
    fc.assert(
      fc.property(listed, day2024, day2024, (days, a, b) => {
        const cal = workingCalendar(days);
        expect(workingDaysBetween(cal, a, b)).toBe(naiveBetween(cal, a, b));
      }),
      { numRuns: 300, seed: 2024 },
    );
  });

  it("adds up over consecutive stretches", () => {
    fc.assert(
      fc.property(planDay, fc.nat(300), fc.nat(300), (a, x, y) => {
        const b = addCalendarDays(a, x);
        const c = addCalendarDays(b, y);
        expect(workingDaysBetween(calendar, a, c)).toBe(
          workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, c),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("adding and subtracting working days", () => {
  it("lands on the n-th working day after the submission, skipping 春节 and using its make-up days", () => {
    expect(addWorkingDays(calendar, "2021-02-10", 0)).toBe("2021-02-10");
    expect(addWorkingDays(calendar, "2021-02-10", 1)).toBe("2021-02-18");
    expect(addWorkingDays(calendar, "2021-02-10", 2)).toBe("2021-02-19");
    expect(addWorkingDays(calendar, "2021-02-10", 3)).toBe("2021-02-20"); // a worked Saturday
    expect(addWorkingDays(calendar, "2021-02-10", 4)).toBe("2021-02-22");
    expect(addWorkingDays(calendar, "2020-01-23", 1)).toBe("2020-02-03");
  });

  it("lands on the n-th working day across 国庆", () => {
    expect(addWorkingDays(calendar, "2022-09-30", 1)).toBe("2022-10-08");
    expect(addWorkingDays(calendar, "2022-09-29", 20)).toBe("2022-11-01");
    expect(workingDaysBetween(calendar, "2022-09-29", "2022-11-01")).toBe(20);
  });

  it("gives a working day exactly n working days on, and none earlier", () => {
    fc.assert(
      fc.property(planDay, fc.integer({ min: 1, max: 120 }), (date, n) => {
        const due = addWorkingDays(calendar, date, n);
        expect(isWorkingDay(calendar, due)).toBe(true);
        expect(workingDaysBetween(calendar, date, due)).toBe(n);
        expect(workingDaysBetween(calendar, date, addCalendarDays(due, -1))).toBe(n - 1);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("subtracts to the latest working day from which the date is n working days on", () => {
    expect(subtractWorkingDays(calendar, "2021-02-18", 1)).toBe("2021-02-10");
    expect(subtractWorkingDays(calendar, "2022-10-10", 3)).toBe("2022-09-30");
    expect(subtractWorkingDays(calendar, "2022-10-15", 1)).toBe("2022-10-13"); // from a Saturday
    expect(subtractWorkingDays(calendar, "2022-10-15", 0)).toBe("2022-10-15");
    fc.assert(
      fc.property(planDay, fc.integer({ min: 1, max: 120 }), (date, n) => {
        const start = subtractWorkingDays(calendar, date, n);
        expect(isWorkingDay(calendar, start)).toBe(true);
        expect(workingDaysBetween(calendar, start, date)).toBe(n);
        const nextWorking = addWorkingDays(calendar, start, 1);
        expect(workingDaysBetween(calendar, nextWorking, date)).toBe(n - 1);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays(calendar, "2022-01-04", -1)).toThrow(RangeError);
    expect(() => subtractWorkingDays(calendar, "2022-01-04", 1.5)).toThrow(RangeError);
  });
});

describe("the 2020–2022 notices as data", () => {
  it("lists each holiday day once and each make-up day on a weekend", () => {
    const days = NOTICE_DAYS.map((d) => d.day);
    expect(new Set(days).size).toBe(days.length);
    for (const d of NOTICE_DAYS.filter((x) => x.kind === "workday")) expect(isWeekend(d.day)).toBe(true);
    expect(NOTICE_DAYS.filter((d) => d.kind === "workday")).toHaveLength(20);
    expect(NOTICE_DAYS.filter((d) => d.name === "春节" && d.day.startsWith("2020"))).toHaveLength(10);
  });
});
