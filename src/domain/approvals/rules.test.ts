import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOTICE_DAYS } from "./calendar-2020-2022.js";
import {
  APPROVAL_DEFAULTS,
  APPROVAL_KINDS,
  approvalOverdue,
  approvalStanding,
  defaultApprovingBody,
  maxTargetDays,
} from "./rules.js";
import {
  addCalendarDays,
  addWorkingDays,
  dateOfDay,
  dayNumber,
  workingCalendar,
  workingDaysBetween,
} from "./working-days.js";

const calendar = workingCalendar(NOTICE_DAYS);

describe("targets", () => {
  it("are at most half the statutory limit, rounded down", () => {
    expect(maxTargetDays(20)).toBe(10);
    expect(maxTargetDays(7)).toBe(3);
    expect(maxTargetDays(5)).toBe(2);
    expect(maxTargetDays(1)).toBe(0);
  });

  it("has a default limit and body for every kind, each allowing a target of at least a day", () => {
    for (const kind of APPROVAL_KINDS) {
      const d = APPROVAL_DEFAULTS[kind];
      expect(d.statutoryDays).toBeGreaterThanOrEqual(2);
      expect(maxTargetDays(d.statutoryDays)).toBeGreaterThanOrEqual(1);
      expect(d.basis.zh.length).toBeGreaterThan(0);
    }
    expect(APPROVAL_DEFAULTS.approval.statutoryDays).toBe(20);
    expect(APPROVAL_DEFAULTS.construction_permit.statutoryDays).toBe(7);
  });

  it("names the city's body for national and municipal projects, the district's for district ones", () => {
    expect(defaultApprovingBody("filing", { level: "municipal", districtName: "渝北区" })).toBe(
      "市发展改革委",
    );
    expect(defaultApprovingBody("filing", { level: "district", districtName: "渝北区" })).toBe(
      "渝北区发展改革委",
    );
    expect(defaultApprovingBody("eia", { level: "district", districtName: "万州区" })).toBe(
      "万州区生态环境局",
    );
    expect(defaultApprovingBody("construction_permit", { level: "national", districtName: "万州区" })).toBe(
      "市住房城乡建委",
    );
    expect(defaultApprovingBody("land_pre_review", { level: "district", districtName: null })).toBe(
      "市规划自然资源局",
    );
  });
});

describe("where an item stands", () => {
  // A 项目核准: 20 working days by law, 10 promised.
  const item = { submittedOn: "2021-02-05", statutoryDays: 20, targetDays: 10 };

  it("counts a completion across 春节 in working days, make-up days included", () => {
    // Friday 02-05 → Friday 02-26: 02-07 (worked Sunday), 02-08..10, 02-18..19, 02-20 (worked Saturday),
    // 02-22..26 → 12 working days: over the target of 10 (due 02-24), within the law's 20 (due 03-10).
    const late = approvalStanding({ ...item, completedOn: "2021-02-26" }, "2021-12-31", calendar);
    expect(late).toMatchObject({ status: "done_late", elapsedDays: 12, workingDaysOverdue: 2 });
    expect(late.targetDue).toBe("2021-02-24");
    expect(late.statutoryDue).toBe("2021-03-10");
    const inTime = approvalStanding({ ...item, completedOn: "2021-02-24" }, "2021-12-31", calendar);
    expect(inTime).toMatchObject({ status: "done_within_target", elapsedDays: 10, workingDaysOverdue: 0 });
  });

  it("is within target while open and under 80 % of it, at risk from 80 %, overdue past it", () => {
    const open = { ...item, completedOn: null };
    expect(approvalStanding(open, "2021-02-05", calendar)).toMatchObject({
      status: "open_within_target",
      elapsedDays: 0,
    });
    // 7 of 10 working days used by the worked Saturday 2021-02-20.
    expect(approvalStanding(open, "2021-02-20", calendar)).toMatchObject({
      status: "open_within_target",
      elapsedDays: 7,
    });
    // 8 of 10 by Monday 02-22: at risk.
    expect(approvalStanding(open, "2021-02-22", calendar)).toMatchObject({
      status: "open_at_risk",
      elapsedDays: 8,
    });
    expect(approvalStanding(open, "2021-02-24", calendar)).toMatchObject({
      status: "open_at_risk",
      elapsedDays: 10,
    });
    expect(approvalStanding(open, "2021-02-25", calendar)).toMatchObject({
      status: "open_overdue",
      elapsedDays: 11,
      workingDaysOverdue: 1,
    });
  });

  it("takes an item completed after the as-of date as still open on it", () => {
    const s = approvalStanding({ ...item, completedOn: "2021-03-01" }, "2021-02-19", calendar);
    expect(s.status).toBe("open_within_target");
    expect(s.elapsedDays).toBe(6);
  });

  it("puts a target of zero days (same-day filing) at risk on the day and overdue the next working day", () => {
    const sameDay = { submittedOn: "2022-09-30", completedOn: null, statutoryDays: 1, targetDays: 0 };
    expect(approvalStanding(sameDay, "2022-09-30", calendar).status).toBe("open_at_risk");
    expect(approvalStanding(sameDay, "2022-10-07", calendar).status).toBe("open_at_risk");
    expect(approvalStanding(sameDay, "2022-10-08", calendar).status).toBe("open_overdue");
  });

  it("is done within target exactly when completed before the first working day past the target", () => {
    const day = fc.integer({ min: dayNumber("2020-01-02"), max: dayNumber("2022-10-31") }).map(dateOfDay);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), fc.nat(120), (submittedOn, statutory, took) => {
        const targetDays = maxTargetDays(statutory);
        const completedOn = addCalendarDays(submittedOn, took);
        const s = approvalStanding(
          { submittedOn, completedOn, statutoryDays: statutory, targetDays },
          completedOn,
          calendar,
        );
        const firstLate = addWorkingDays(calendar, submittedOn, targetDays + 1);
        expect(s.status === "done_within_target").toBe(completedOn < firstLate);
        if (completedOn <= s.targetDue) expect(s.status).toBe("done_within_target");
        expect(s.elapsedDays).toBe(workingDaysBetween(calendar, submittedOn, completedOn));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe("overdue items", () => {
  it("reports an open item past its target with the target's last day and the working days over", () => {
    // Submitted Thursday 2022-09-29 with 10 working days: due 10-18 (after 国庆 and its make-up days).
    const item = { submittedOn: "2022-09-29", completedOn: null, targetDays: 10 };
    expect(approvalOverdue(item, "2022-10-18", calendar)).toBeNull();
    expect(approvalOverdue(item, "2022-10-19", calendar)).toEqual({
      targetDue: "2022-10-18",
      workingDaysOverdue: 1,
    });
    expect(approvalOverdue(item, "2022-12-31", calendar)).toEqual({
      targetDue: "2022-10-18",
      workingDaysOverdue: workingDaysBetween(calendar, "2022-10-18", "2022-12-31"),
    });
  });

  it("is null for an item done by the date, even done late", () => {
    const item = { submittedOn: "2022-09-29", completedOn: "2022-11-30", targetDays: 10 };
    expect(approvalOverdue(item, "2022-12-31", calendar)).toBeNull();
    expect(approvalOverdue(item, "2022-11-29", calendar)).toMatchObject({ targetDue: "2022-10-18" });
  });

  it("agrees with the standing: overdue exactly when the status is open_overdue", () => {
    const day = fc.integer({ min: dayNumber("2020-01-02"), max: dayNumber("2022-12-31") }).map(dateOfDay);
    fc.assert(
      fc.property(day, fc.nat(200), fc.integer({ min: 0, max: 30 }), (submittedOn, after, targetDays) => {
        const asOf = addCalendarDays(submittedOn, after);
        const item = { submittedOn, completedOn: null, statutoryDays: targetDays * 2 + 1, targetDays };
        const overdue = approvalOverdue(item, asOf, calendar);
        const standing = approvalStanding(item, asOf, calendar);
        expect(overdue !== null).toBe(standing.status === "open_overdue");
        if (overdue) expect(overdue.workingDaysOverdue).toBe(standing.workingDaysOverdue);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
