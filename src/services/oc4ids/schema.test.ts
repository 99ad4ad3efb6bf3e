import { describe, expect, it } from "vitest";
import { toOc4idsPackage } from "../../domain/oc4ids/export.js";
import { ALL_FIXTURES, writeAt } from "../../domain/oc4ids/fixtures.js";
import type { Oc4idsPackage } from "../../domain/oc4ids/types.js";
import { readOc4idsJson, referenceExportCatalogue } from "./reference-files.js";
import { validateOc4idsPackage } from "./schema.js";

/** Every fixture exported and written as JSON text, parsed back: what a consumer validates. */
const exportedPackage = (): Oc4idsPackage =>
  JSON.parse(
    JSON.stringify(
      toOc4idsPackage(ALL_FIXTURES, referenceExportCatalogue("2022-06-30T18:00:00+08:00"), {
        uri: "https://data.example.gov.cn/oc4ids/2022-06.json",
        publishedDate: "2022-06-30T18:00:00+08:00",
        publisher: { name: "重庆市发展和改革委员会" },
        license: "https://creativecommons.org/licenses/by/4.0/",
      }),
    ),
  ) as Oc4idsPackage;

describe("the standard's example package", () => {
  it("validates, with the two reference names it spells differently from their parties as warnings", () => {
    const result = validateOc4idsPackage(readOc4idsJson("example-package.json"));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      '/projects/0/contractingProcesses/2/summary/tender/tenderers/0: name "Expert Motorway Supervisors" differs from the party\'s "Expert Motorway Supervisors Ltd"',
      '/projects/0/contractingProcesses/2/summary/suppliers/0: name "Expert Motorway Supervisors" differs from the party\'s "Expert Motorway Supervisors Ltd"',
    ]);
  });

  it("validates in strict mode too: it uses no field outside the schema", () => {
    expect(validateOc4idsPackage(readOc4idsJson("example-package.json"), { strict: true }).errors).toEqual(
      [],
    );
  });
});

describe("our export", () => {
  it("validates against the official schema with every party reference resolved and ids unique", () => {
    expect(validateOc4idsPackage(exportedPackage())).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it("validates in strict mode (no extension fields)", () => {
    expect(validateOc4idsPackage(exportedPackage(), { strict: true })).toEqual({
      valid: true,
      errors: [],
      warnings: [],
    });
  });
});

describe("validateOc4idsPackage", () => {
  it("accepts an extension field normally and names it in strict mode", () => {
    const pkg = exportedPackage();
    writeAt(pkg, "projects.0.parties.0.department", "网络部");
    expect(validateOc4idsPackage(pkg).valid).toBe(true);
    expect(validateOc4idsPackage(pkg, { strict: true }).errors).toEqual([
      "/projects/0/parties/0: must NOT have additional properties (department)",
    ]);
  });

  it("reports schema errors with the pointer to each", () => {
    const pkg = exportedPackage();
    pkg.version = "0.9.5";
    writeAt(pkg, "projects.0.status", "onHold");
    pkg.projects[0]!.period!.startDate = "2020-03-01";
    writeAt(pkg, "projects.1.budget.amount.amount", "3500000000");
    const { valid, errors } = validateOc4idsPackage(pkg);
    expect(valid).toBe(false);
    expect(errors).toEqual(
      expect.arrayContaining([
        '/version: must match pattern "^(\\d+\\.)(\\d+)$"',
        expect.stringMatching(
          /^\/projects\/0\/status: must be equal to one of the allowed values \(identification, /,
        ),
        '/projects/0/period/startDate: must match format "date-time"',
        "/projects/1/budget/amount/amount: must be number",
      ]),
    );
  });

  it("reports a budget line whose source party is not among the project's parties", () => {
    const pkg = exportedPackage();
    pkg.projects[0]!.budget!.budgetBreakdowns![0]!.budgetBreakdown[0]!.sourceParty!.id = "CN-USCI-000";
    expect(validateOc4idsPackage(pkg).errors).toEqual([
      '/projects/0/budget/budgetBreakdowns/0/budgetBreakdown/0/sourceParty: party id "CN-USCI-000" is not in /projects/0/parties',
    ]);
  });

  it("reports repeated project ids and repeated party ids", () => {
    const pkg = exportedPackage();
    const [first, second, third] = pkg.projects;
    second!.id = first!.id;
    third!.parties![1]!.id = third!.parties![0]!.id;
    expect(validateOc4idsPackage(pkg).errors).toEqual([
      '/projects/1/id: "oc4ids-cqnewinfra-101" repeats /projects/0/id',
      `/projects/2/parties/1/id: ${JSON.stringify(third!.parties![0]!.id)} repeats /projects/2/parties/0/id`,
    ]);
  });

  it("answers, without throwing, for input that is not a package", () => {
    for (const input of [null, "x", [], { projects: [] }]) {
      const result = validateOc4idsPackage(input);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});
