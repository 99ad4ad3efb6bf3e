import { describe, expect, it } from "vitest";
import { duplicateIdErrors } from "./unique-ids.js";

describe("duplicateIdErrors", () => {
  it("finds ids repeated within one array, at any depth", () => {
    const pkg = {
      projects: [
        { id: "p1", parties: [{ id: "a" }, { id: "b" }, { id: "a" }] },
        { id: "p1", parties: [{ id: "a" }] },
      ],
    };
    expect(duplicateIdErrors(pkg)).toEqual([
      '/projects/0/parties/2/id: "a" repeats /projects/0/parties/0/id',
      '/projects/1/id: "p1" repeats /projects/0/id',
    ]);
  });

  it("lets one id appear under two schemes, and the same id in different arrays", () => {
    const project = {
      additionalClassifications: [
        { scheme: "NEWINFRA-STAGE", id: "reserve" },
        { scheme: "CQ-NEWINFRA-2020-2022-CATEGORY", id: "reserve" },
      ],
      milestones: [{ id: "1" }],
      locations: [{ id: "1" }],
    };
    expect(duplicateIdErrors(project)).toEqual([]);
    expect(
      duplicateIdErrors({
        identifiers: [
          { scheme: "A", id: "1" },
          { scheme: "A", id: 1 },
        ],
      }),
    ).toHaveLength(1);
  });

  it("ignores arrays of plain values and objects without ids", () => {
    expect(
      duplicateIdErrors({ sector: ["transport", "transport"], parties: [{ name: "x" }, { name: "x" }] }),
    ).toEqual([]);
  });
});
