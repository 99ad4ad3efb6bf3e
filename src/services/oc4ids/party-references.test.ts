import { describe, expect, it } from "vitest";
import { checkPartyReferences, organizationReferencePaths } from "./party-references.js";
import { readOc4idsJson } from "./reference-files.js";

const paths = organizationReferencePaths(readOc4idsJson("project-schema.json") as Record<string, unknown>);
const key = (path: readonly string[]) => path.join(".");

describe("organizationReferencePaths", () => {
  it("finds the organisation references the project schema defines, through its $refs", () => {
    const found = paths.map(key);
    for (const expected of [
      "publicAuthority",
      "budget.budgetBreakdowns.*.budgetBreakdown.*.sourceParty",
      "budget.finance.*.financingParty",
      "transactions.*.payer",
      "transactions.*.payee",
      "contractingProcesses.*.summary.tender.procuringEntity",
      "contractingProcesses.*.summary.tender.tenderers.*",
      "contractingProcesses.*.summary.suppliers.*",
      "lobbyingMeetings.*.publicOffice.organization",
    ]) {
      expect(found).toContain(expected);
    }
  });
});

describe("checkPartyReferences", () => {
  const project = (overrides: Record<string, unknown>) => ({
    projects: [{ id: "p", parties: [{ id: "owner", name: "业主" }], ...overrides }],
  });

  it("accepts references that name a party of the same project", () => {
    expect(checkPartyReferences(project({ publicAuthority: { id: "owner", name: "业主" } }), paths)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("reports a reference to a party the project lacks, or with no id", () => {
    const pkg = project({
      publicAuthority: { id: "someone", name: "某单位" },
      transactions: [{ id: "1", payer: { name: "业主" } }],
    });
    expect(checkPartyReferences(pkg, paths).errors).toEqual([
      '/projects/0/publicAuthority: party id "someone" is not in /projects/0/parties',
      "/projects/0/transactions/0/payer: the reference has no id, so it names no party",
    ]);
  });

  it("does not look in another project's parties", () => {
    const pkg = {
      projects: [
        { id: "a", parties: [{ id: "x", name: "X" }] },
        { id: "b", parties: [{ id: "y", name: "Y" }], publicAuthority: { id: "x", name: "X" } },
      ],
    };
    expect(checkPartyReferences(pkg, paths).errors).toEqual([
      '/projects/1/publicAuthority: party id "x" is not in /projects/1/parties',
    ]);
  });

  it("warns, without failing, when the name differs from the party's", () => {
    expect(
      checkPartyReferences(project({ publicAuthority: { id: "owner", name: "业主单位" } }), paths),
    ).toEqual({
      errors: [],
      warnings: ['/projects/0/publicAuthority: name "业主单位" differs from the party\'s "业主"'],
    });
  });
});
