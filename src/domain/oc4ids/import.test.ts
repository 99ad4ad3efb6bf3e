import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDivisionsCsv } from "../divisions.js";
import { planFileSchema } from "../plan.js";
import { exportCatalogueOf, importLookupsOf } from "./catalogue.js";
import { toOc4idsPackage } from "./export.js";
import { FIXTURES, writeAt } from "./fixtures.js";
import { fromOc4idsPackage } from "./import.js";
import type { Oc4idsPackage } from "./types.js";

const reference = (file: string) =>
  readFileSync(new URL(`../../../reference/${file}`, import.meta.url), "utf8");
const plan = planFileSchema.parse(JSON.parse(reference("plan-2020-2022.json")));
const districts = parseDivisionsCsv(reference("chongqing-divisions.csv"));
const lookups = importLookupsOf(plan, districts);
const example = () => JSON.parse(reference("oc4ids/example-package.json")) as Record<string, unknown>;
const foreign = importLookupsOf(plan, districts, {
  fallback: { specialCode: "APP-3", districtCode: "500103", level: "municipal" },
  acceptForeignCurrency: true,
});

/** Our own package of the first fixture as parsed JSON, for a test to break. */
const ours = (): Oc4idsPackage =>
  JSON.parse(
    JSON.stringify(
      toOc4idsPackage(
        FIXTURES.slice(0, 1),
        exportCatalogueOf(plan, districts, { updated: "2022-06-30T18:00:00+08:00" }),
        {
          uri: "https://data.example.gov.cn/p.json",
          publishedDate: "2022-06-30T18:00:00+08:00",
          publisher: { name: "市发展改革委" },
        },
      ),
    ),
  ) as Oc4idsPackage;

describe("importing the standard's example package", () => {
  it("reads the UK motorway with the caller's fallbacks: title, status, budget, dates", () => {
    const { records, problems } = fromOc4idsPackage(example(), foreign);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const [motorway] = records;
    expect(motorway).toMatchObject({
      id: null,
      code: null,
      name: "M75 Junctions 4 to 5 upgrade smart motorway",
      specialCode: "APP-3",
      districtCode: "500103",
      level: "municipal",
      ownerName: "Motorways UK",
      ownerUscc: null,
      leadDepartmentName: null,
      stage: "completed",
      totalInvestmentFen: 4_000_000_000n,
      completedInvestmentFen: 4_210_000_000n,
      plannedStart: "2016-01-01",
      plannedEnd: "2018-12-10",
      actualStart: null,
      actualEnd: "2018-12-10",
      funding: [],
    });
    expect(motorway?.annualPlans).toEqual([
      { year: 2016, plannedFen: 1_000_000_000n },
      { year: 2017, plannedFen: 2_000_000_000n },
      { year: 2018, plannedFen: 1_000_000_000n },
    ]);
  });

  it("notes what it assumed and what it dropped", () => {
    const all = fromOc4idsPackage(example(), foreign).notes;
    expect(all).toHaveLength(10);
    const notes = all.join("\n");
    expect(notes).toContain("status maintenance has no stage of its own; imported as completed");
    expect(notes).toContain("amounts in GBP were taken as they are, not converted to CNY");
    expect(notes).toContain("imported under special APP-3");
    expect(notes).toContain("imported under district 500103");
    expect(notes).toContain("imported as municipal");
    expect(notes).toMatch(
      /fields not imported: .*contractingProcesses.*documents|documents.*contractingProcesses/,
    );
    expect(notes).toContain("budget.finance");
    expect(notes).toContain("parties not imported: A1 Expert Smart Moto Design[supplier/tenderer]");
    expect(notes).toContain("identifiers not imported: internal:M75/SM/4-5");
    expect(notes).toContain("classifications not imported: COFOG:04.5.1");
    expect(notes).toContain("milestones not imported: Grant disbursement");
  });

  it("reports the foreign currency as a problem unless the caller accepts it", () => {
    const { records, problems, notes } = fromOc4idsPackage(example(), {
      ...foreign,
      acceptForeignCurrency: false,
    });
    expect(records).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ sheet: "projects", row: 1, column: "budget.amount.currency", value: "GBP" }),
    ]);
    expect(notes.join()).toContain("GBP");
  });

  it("reports special, district and level as problems when there is no fallback", () => {
    const { records, problems } = fromOc4idsPackage(example(), { ...lookups, acceptForeignCurrency: true });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [1, "additionalClassifications"],
      [1, "locations"],
      [1, "additionalClassifications"],
    ]);
  });
});

describe("bad packages", () => {
  it.each([
    ["text", "not a package"],
    ["a number", 42],
    ["null", null],
    ["an array", [ours()]],
    ["an object without projects", { version: "0.9" }],
    ["projects that are not an array", { version: "0.9", projects: {} }],
  ])("reports %s as one problem", (_what, input) => {
    const { records, problems } = fromOc4idsPackage(input, lookups);
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "package", row: 0, column: "projects" });
    expect(problems[0]?.reason).toContain("不是 OC4IDS 项目包");
    expect(problems[0]?.reasonEn).toContain("not an OC4IDS project package");
  });

  it("reports a wrong or missing version", () => {
    const pkg = ours();
    pkg.version = "1.1";
    expect(fromOc4idsPackage(pkg, lookups).problems).toEqual([
      expect.objectContaining({ sheet: "package", column: "version", value: "1.1" }),
    ]);
    Reflect.deleteProperty(pkg, "version");
    expect(fromOc4idsPackage(pkg, lookups).problems[0]).toMatchObject({ column: "version", value: "" });
  });

  it("reports an empty project list", () => {
    const pkg = ours();
    pkg.projects = [];
    expect(fromOc4idsPackage(pkg, lookups).problems).toEqual([
      expect.objectContaining({
        sheet: "package",
        column: "projects",
        reasonEn: "the package has no projects",
      }),
    ]);
  });

  it("refuses an amount with three decimals, naming the project and the field", () => {
    const pkg = ours();
    pkg.projects[0]!.budget!.amount!.amount = 1234567.891;
    const { records, problems } = fromOc4idsPackage(pkg, lookups);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        sheet: "projects",
        row: 1,
        column: "budget.amount.amount",
        value: "1234567.891",
        reason: "金额超过两位小数（精确到分）",
        reasonEn: "the amount has more than two decimals (finer than a fen)",
      },
    ]);
  });

  it("refuses negative and non-numeric amounts", () => {
    const pkg = ours();
    pkg.projects[0]!.budget!.budgetBreakdowns![0]!.budgetBreakdown[1]!.amount!.amount = -5;
    writeAt(pkg, "projects.0.budget.budgetBreakdowns.2.budgetBreakdown.0.amount.amount", "300000000");
    const { problems } = fromOc4idsPackage(pkg, lookups);
    expect(problems.map((p) => [p.column, p.reasonEn])).toEqual([
      ["budget.budgetBreakdowns.0.budgetBreakdown.1.amount.amount", "the amount cannot be negative"],
      ["budget.budgetBreakdowns.2.budgetBreakdown.0.amount.amount", "the amount must be a number"],
    ]);
  });

  it("reports each project that is not an object and each repeated project id", () => {
    const pkg = ours();
    writeAt(pkg, "projects", [pkg.projects[0], "x", pkg.projects[0]]);
    const { records, problems } = fromOc4idsPackage(pkg, lookups);
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, ""],
      [3, "id"],
    ]);
  });

  it("reports a USCC with a wrong check character, an unknown status and an unreadable date", () => {
    const pkg = ours();
    const project = pkg.projects[0]!;
    project.parties![0]!.identifier!.id = "91500000202854700X";
    writeAt(project, "status", "onHold");
    project.period = { startDate: "2020-03-01", endDate: "31/12/2022" };
    const columns = fromOc4idsPackage(pkg, lookups).problems.map((p) => p.column);
    expect(columns).toEqual(["period.endDate", "status", "parties.identifier.id"]);
  });

  it("reports a status that contradicts our stage classification", () => {
    const pkg = ours();
    pkg.projects[0]!.status = "completion";
    expect(fromOc4idsPackage(pkg, lookups).problems).toEqual([
      expect.objectContaining({
        column: "status",
        reasonEn: 'the status contradicts the stage classification "under_construction"',
      }),
    ]);
  });

  it("reports a funding source outside the plan's list and a missing title and budget", () => {
    const pkg = ours();
    const project = pkg.projects[0]!;
    project.budget!.budgetBreakdowns![0]!.budgetBreakdown[0]!.description = "海外捐赠";
    delete project.title;
    const first = fromOc4idsPackage(pkg, lookups).problems.map((p) => p.column);
    expect(first).toEqual(["title", "budget.budgetBreakdowns.0.budgetBreakdown.0.description"]);
    delete project.budget;
    expect(fromOc4idsPackage(pkg, lookups).problems.map((p) => p.column)).toEqual(["title", "budget.amount"]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (projectLike, packageLike) => {
        const result = fromOc4idsPackage({ version: "0.9", projects: [projectLike] }, lookups);
        expect(result.problems.length + result.records.length).toBeGreaterThan(0);
        fromOc4idsPackage(packageLike, lookups);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on our own package with any one field replaced", () => {
    const fields = Object.keys(ours().projects[0]!);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const pkg = ours();
        writeAt(pkg, `projects.0.${field}`, value);
        fromOc4idsPackage(pkg, lookups);
      }),
      { numRuns: 300 },
    );
  });
});
