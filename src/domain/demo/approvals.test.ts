import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOTICE_DAYS } from "../approvals/calendar-2020-2022.js";
import { approvalStanding, defaultApprovingBody, maxTargetDays } from "../approvals/rules.js";
import { slaFigures } from "../approvals/speedup.js";
import { isWorkingDay, workingCalendar, workingDaysBetween } from "../approvals/working-days.js";
import { parseDivisionsCsv } from "../divisions.js";
import { planFileSchema } from "../plan.js";
import { generateDemoPortfolio } from "./generate.js";
import { DEMO_AS_OF, type DemoApproval, type DemoProject } from "./types.js";

const plan = planFileSchema.parse(
  JSON.parse(readFileSync(new URL("../../../reference/plan-2020-2022.json", import.meta.url), "utf8")),
);
const districts = parseDivisionsCsv(
  readFileSync(new URL("../../../reference/chongqing-divisions.csv", import.meta.url), "utf8"),
);
const districtName = new Map(districts.map((d) => [d.code, d.name]));
const calendar = workingCalendar(NOTICE_DAYS);

describe.each([1, 20240101])("the demo's approvals for seed %i", (seed) => {
  const { projects, approvals } = generateDemoPortfolio({ seed, plan, districts });
  const projectOf = new Map(projects.map((p) => [p.key, p]));
  const byProject = new Map<string, DemoApproval[]>();
  for (const a of approvals) byProject.set(a.projectKey, [...(byProject.get(a.projectKey) ?? []), a]);
  const project = (a: DemoApproval): DemoProject => projectOf.get(a.projectKey)!;
  const doneOf = (kind: string, list: DemoApproval[]) => list.find((a) => a.kind === kind);

  it("covers a good share of the portfolio with a handful of items each", () => {
    expect(byProject.size).toBeGreaterThanOrEqual(100);
    expect(approvals.length).toBeGreaterThanOrEqual(byProject.size * 3);
    for (const list of byProject.values()) expect(list.length).toBeLessThanOrEqual(9);
  });

  it("dates every item on working days of 2020–2022, submitted before or on its completion", () => {
    for (const a of approvals) {
      expect(a.submittedOn >= "2020-01-02", a.projectKey).toBe(true);
      expect(isWorkingDay(calendar, a.submittedOn), `${a.projectKey} ${a.submittedOn}`).toBe(true);
      if (a.completedOn) {
        expect(a.completedOn >= a.submittedOn).toBe(true);
        expect(a.completedOn <= DEMO_AS_OF).toBe(true);
        expect(isWorkingDay(calendar, a.completedOn), `${a.projectKey} ${a.completedOn}`).toBe(true);
      }
    }
  });

  it("gives each item its kind's limit, half of it as target, and the body for the project's level", () => {
    for (const a of approvals) {
      expect(a.targetDays).toBe(maxTargetDays(a.statutoryDays));
      const p = project(a);
      expect(a.approvingBody).toBe(
        defaultApprovingBody(a.kind, {
          level: p.level,
          districtName: districtName.get(p.districtCode) ?? null,
        }),
      );
    }
  });

  it("completes every item of a started project before its actual start, in the order the permits need", () => {
    for (const [key, list] of byProject) {
      const p = projectOf.get(key)!;
      if (!p.actualStart) continue;
      expect(p.actualStart >= "2020-01-02").toBe(true);
      for (const a of list) expect(a.completedOn !== null && a.completedOn < p.actualStart, key).toBe(true);
      const after = (later: string, earlier: string) => {
        const l = doneOf(later, list);
        const e = doneOf(earlier, list);
        if (l && e) expect(l.submittedOn >= e.completedOn!, `${key}: ${later} after ${earlier}`).toBe(true);
      };
      after("construction_permit", "works_planning_permit");
      after("land_planning_permit", "land_pre_review");
      after("approval", "land_pre_review");
      after("other", "land_pre_review");
      after("land_pre_review", "filing");
      for (const review of ["eia", "energy_review"]) after("works_planning_permit", review);
    }
  });

  it("starts each chain with the step the project code names, never before the code's year", () => {
    for (const [key, list] of byProject) {
      const code = projectOf.get(key)!.code!;
      const type = code.split("-")[3];
      const first = type === "01" ? "other" : type === "02" ? "approval" : "filing";
      expect(list.some((a) => a.kind === first) || list.some((a) => a.completedOn === null), key).toBe(true);
      for (const a of list)
        expect(Number(a.submittedOn.slice(0, 4))).toBeGreaterThanOrEqual(Number(code.slice(0, 4)));
      const filing = doneOf("filing", list);
      if (filing?.completedOn) expect(filing.completedOn.slice(0, 4)).toBe(code.slice(0, 4));
    }
  });

  it("leaves open items only on reserve projects about to start, some overdue on the demo date", () => {
    const open = approvals.filter((a) => a.completedOn === null);
    expect(open.length).toBeGreaterThanOrEqual(10);
    for (const a of open) {
      const p = project(a);
      expect(p.actualStart).toBeNull();
      expect(p.stage).toBe("reserve");
      expect(p.plannedStart <= "2023-06-30").toBe(true);
    }
    const statuses = open.map((a) => approvalStanding(a, DEMO_AS_OF, calendar).status);
    expect(statuses).toContain("open_overdue");
    expect(statuses).toContain("open_within_target");
    expect(statuses.filter((s) => s === "open_overdue").length).toBeLessThan(open.length);
  });

  it("has most items done within target, some late, and a median speed-up above the plan's 50 % each year", () => {
    const done = approvals
      .filter((a) => a.completedOn !== null)
      .map((a) => ({ ...a, elapsedDays: workingDaysBetween(calendar, a.submittedOn, a.completedOn!) }));
    const all = slaFigures(done);
    expect(all.withinTarget / all.completed).toBeGreaterThan(0.7);
    expect(all.completed - all.withinTarget).toBeGreaterThan(all.completed * 0.05);
    for (const year of ["2020", "2021", "2022"]) {
      const figures = slaFigures(done.filter((a) => a.completedOn!.startsWith(year)));
      expect(figures.completed).toBeGreaterThan(20);
      expect(figures.meetsPlan, year).toBe(true);
    }
  });
});
