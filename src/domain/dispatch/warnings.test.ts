import { describe, expect, it } from "vitest";
import { assessProjectMonth, reportDueDate, type ProjectMonth } from "./warnings.js";

const WAN = 1_000_000n;
const building: ProjectMonth = {
  month: "2021-06",
  today: "2021-07-10",
  stage: "under_construction",
  plannedStart: "2020-03-01",
  actualStart: "2020-03-15",
  actualEnd: null,
  annualPlanFen: 1200n * WAN,
  yearToDateFen: 600n * WAN,
  reports: [{ month: "2021-06", investedFen: 100n * WAN, progressPct: 50, submittedOn: "2021-07-03" }],
};
const rules = (p: ProjectMonth) => assessProjectMonth(p).reasons.map((r) => `${r.rule}:${r.level}`);

describe("dispatch warnings", () => {
  it("is green on pace, started, reporting on time", () => {
    expect(assessProjectMonth(building)).toEqual({ level: "green", reasons: [] });
  });

  it("turns yellow 10–30 points behind the straight-line pace and red beyond, with the numbers", () => {
    expect(rules({ ...building, yearToDateFen: 480n * WAN })).toEqual([]); // exactly 10 points behind
    expect(rules({ ...building, yearToDateFen: 479n * WAN })).toEqual(["pace:yellow"]);
    expect(rules({ ...building, yearToDateFen: 240n * WAN })).toEqual(["pace:yellow"]); // exactly 30
    const red = assessProjectMonth({ ...building, yearToDateFen: 120n * WAN });
    expect(red.level).toBe("red");
    expect(red.reasons[0]!.zh).toBe(
      "投资进度滞后序时 40.0 个百分点：年度计划 1,200.00 万元，序时应完成 50.0%，实际完成 120.00 万元（10.0%）",
    );
    expect(red.reasons[0]!.numbers).toMatchObject({ behindPoints: 40, expectedPct: 50, actualPct: 10 });
  });

  it("flags a start missed in its planned month yellow and three months late red", () => {
    const planned = {
      ...building,
      stage: "new_start",
      actualStart: null,
      plannedStart: "2021-06-10",
      reports: [],
    };
    expect(rules(planned)).toEqual(["start_delay:yellow"]);
    expect(rules({ ...planned, month: "2021-08" })).toEqual(["start_delay:yellow"]);
    expect(rules({ ...planned, month: "2021-09" })).toEqual(["start_delay:red"]);
    expect(rules({ ...planned, month: "2021-05" })).toEqual([]);
  });

  it("sees a stall after two reports without investment or progress", () => {
    const reports = [
      { month: "2021-04", investedFen: 5n, progressPct: 40, submittedOn: "2021-05-02" },
      { month: "2021-05", investedFen: 0n, progressPct: 40, submittedOn: "2021-06-02" },
      { month: "2021-06", investedFen: 0n, progressPct: 40, submittedOn: "2021-07-02" },
    ];
    expect(rules({ ...building, reports })).toEqual(["stall:yellow"]);
    expect(
      rules({ ...building, reports: reports.map((r, i) => (i === 2 ? { ...r, progressPct: 41 } : r)) }),
    ).toEqual([]);
  });

  it("calls a report missing only after its due date, and late when it came after", () => {
    expect(reportDueDate("2021-12", 5)).toBe("2022-01-05");
    expect(rules({ ...building, reports: [], today: "2021-07-05" })).toEqual([]);
    expect(rules({ ...building, reports: [], today: "2021-07-06" })).toEqual(["missing_report:red"]);
    expect(rules({ ...building, reports: [{ ...building.reports[0]!, submittedOn: "2021-07-09" }] })).toEqual(
      ["late_report:yellow"],
    );
  });

  it("leaves completed and cancelled projects out of pace, stall and reporting", () => {
    expect(
      rules({ ...building, stage: "completed", actualEnd: "2021-04-30", yearToDateFen: 0n, reports: [] }),
    ).toEqual([]);
  });
});
