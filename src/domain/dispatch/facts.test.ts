import { describe, expect, it } from "vitest";
import { factsOf, monthRange, type FactProject } from "./facts.js";
import { levelsAsOf, percent, rollupDelta } from "./rollups.js";
import { approvalOverdue, coordinationOverdue, DEFAULT_RULES } from "./warnings.js";

const project = (over: Partial<FactProject> = {}): FactProject => ({
  id: 7,
  sectorCode: "NET",
  specialCode: "NET-1",
  districtCode: "500112",
  stage: "under_construction",
  level: "municipal",
  departmentIds: [3],
  plannedStart: "2020-11-01",
  actualStart: "2020-11-20",
  actualEnd: null,
  totalFen: 1_000_000n,
  openingFen: 50_000n,
  annualPlanFen: new Map([
    [2020, 20_000n],
    [2021, 120_000n],
  ]),
  reports: [
    { month: "2020-11", investedFen: 5_000n, progressPct: 5, submittedOn: "2020-12-03" },
    { month: "2020-12", investedFen: 7_000n, progressPct: 8, submittedOn: "2021-01-04" },
    { month: "2021-01", investedFen: 10_000n, progressPct: 10, submittedOn: "2021-02-03" },
    { month: "2021-03", investedFen: 10_000n, progressPct: 14, submittedOn: "2021-04-09" },
  ],
  ...over,
});

describe("dispatch facts", () => {
  it("lists months across a year end", () => {
    expect(monthRange("2020-11", "2021-02")).toEqual(["2020-11", "2020-12", "2021-01", "2021-02"]);
    expect(monthRange("2021-02", "2021-01")).toEqual([]);
  });

  it("derives year-to-date and cumulative amounts, restarting the year in January", () => {
    const facts = factsOf(project(), monthRange("2020-12", "2021-03"), DEFAULT_RULES);
    expect(facts.map((f) => [f.month, f.monthFen, f.yearToDateFen, f.cumulativeFen, f.plannedFen])).toEqual([
      ["2020-12", 7_000n, 12_000n, 62_000n, 20_000n],
      ["2021-01", 10_000n, 10_000n, 72_000n, 120_000n],
      ["2021-02", 0n, 10_000n, 72_000n, 120_000n],
      ["2021-03", 10_000n, 20_000n, 82_000n, 120_000n],
    ]);
  });

  it("keeps a missing report apart from the level, and a late one in it", () => {
    const [feb, mar] = factsOf(project(), ["2021-02", "2021-03"], DEFAULT_RULES);
    expect(feb).toMatchObject({ reportDue: true, reported: false });
    expect(mar).toMatchObject({ reportDue: true, reported: true });
    // March came in on 9 April, after the 5th: late, so at least yellow.
    expect(mar!.baseLevel).not.toBe("green");
  });

  it("counts a start planned this year as due once its month has come, and as started once it has", () => {
    const p = project({ plannedStart: "2021-02-10", actualStart: "2021-03-02", reports: [] });
    const facts = factsOf(p, ["2021-01", "2021-02", "2021-03"], DEFAULT_RULES);
    expect(facts.map((f) => [f.startPlannedYear, f.startDue, f.started])).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
    expect(facts[1]!.baseLevel).toBe("yellow");
  });
});

describe("dispatch rollups", () => {
  it("moves a project's counts from one district to another, touching nothing else", () => {
    const months = ["2021-03"];
    const before = factsOf(project(), months, DEFAULT_RULES);
    const after = factsOf(project({ districtCode: "500101" }), months, DEFAULT_RULES);
    const delta = rollupDelta(before, after);
    const projects = delta.map((d) => [
      d.key.scopeKind,
      d.key.scopeKey,
      d.key.dim,
      d.key.key,
      d.sums.projects,
    ]);
    expect(projects).toContainEqual(["all", "", "district", "500112", -1]);
    expect(projects).toContainEqual(["all", "", "district", "500101", 1]);
    expect(projects).toContainEqual(["district", "500112", "total", "", -1]);
    expect(projects).toContainEqual(["district", "500101", "total", "", 1]);
    expect(projects.some(([kind, , dim]) => kind === "all" && dim === "sector")).toBe(false);
    expect(rollupDelta(before, before)).toEqual([]);
  });

  it("orders the rows it touches the same way every time", () => {
    const a = rollupDelta([], factsOf(project(), ["2021-03", "2021-01"], DEFAULT_RULES));
    const keys = a.map((d) => Object.values(d.key).join("|"));
    expect(keys).toEqual([...keys].sort());
  });

  it("turns unreported projects red only after the deadline", () => {
    const s = { red: 2, yellow: 5, green: 10, unreportedYellow: 1, unreportedGreen: 3 };
    expect(levelsAsOf(s, false)).toEqual({ red: 2, yellow: 5, green: 10 });
    expect(levelsAsOf(s, true)).toEqual({ red: 6, yellow: 4, green: 7 });
  });

  it("rounds percentages half up to one decimal and has none when nothing is due", () => {
    expect(percent(1n, 3n)).toBe(33.3);
    expect(percent(2n, 3n)).toBe(66.7);
    expect(percent(1n, 8n)).toBe(12.5);
    expect(percent(5n, 0n)).toBeNull();
  });
});

describe("findings decided on read", () => {
  const approval = (workingDaysOverdue: number) => ({
    kindZh: "项目核准",
    kindEn: "Approval",
    approvingBody: "市发展改革委",
    targetDue: "2022-12-01",
    workingDaysOverdue,
  });

  it("turns an approval past its target yellow, and red from ten working days", () => {
    expect(approvalOverdue([])).toBeNull();
    expect(approvalOverdue([approval(9)])?.level).toBe("yellow");
    const red = approvalOverdue([approval(3), approval(10)]);
    expect(red?.level).toBe("red");
    expect(red?.numbers).toMatchObject({ approvals: 2, workingDaysOverdue: 10 });
  });

  it("turns a coordination problem overdue yellow, and red from thirty days", () => {
    const problem = (daysOverdue: number) => ({ title: "供电", dueDate: "2022-11-01", daysOverdue });
    expect(coordinationOverdue([problem(29)])?.level).toBe("yellow");
    expect(coordinationOverdue([problem(30)])?.level).toBe("red");
  });
});
