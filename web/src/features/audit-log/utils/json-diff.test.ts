import { describe, expect, it } from "vitest";
import { diffJson, formatLeaf } from "./json-diff.js";

describe("diffJson", () => {
  it("marks changed, unchanged, added and removed leaves in field order", () => {
    const rows = diffJson(
      { name: "旧名", stage: "reserve", funding: [{ source: "专项债", plannedFen: "100" }], note: "x" },
      {
        name: "新名",
        stage: "reserve",
        funding: [{ source: "专项债", plannedFen: "200" }],
        code: "2020-500112",
      },
    );
    expect(rows.map((r) => [r.path, r.change])).toEqual([
      ["name", "changed"],
      ["stage", "unchanged"],
      ["funding[0].source", "unchanged"],
      ["funding[0].plannedFen", "changed"],
      ["note", "removed"],
      ["code", "added"],
    ]);
    expect(rows[0]).toMatchObject({ before: "旧名", after: "新名" });
  });

  it("shows a created record as all added, a deleted one as all removed", () => {
    expect(diffJson(null, { title: "a" })).toEqual([
      { path: "title", before: undefined, after: "a", change: "added" },
    ]);
    expect(diffJson({ title: "a" }, null).map((r) => r.change)).toEqual(["removed"]);
  });

  it("finds nothing when neither side holds data", () => {
    expect(diffJson(null, null)).toEqual([]);
  });

  it("keeps empty containers and bare values as leaves", () => {
    expect(diffJson({ images: [] }, { images: [{ name: "a" }] }).map((r) => [r.path, r.change])).toEqual([
      ["images", "removed"],
      ["images[0].name", "added"],
    ]);
    expect(diffJson(1, 2)).toEqual([{ path: "(value)", before: 1, after: 2, change: "changed" }]);
  });
});

describe("formatLeaf", () => {
  it("shows text as is and the rest as JSON", () => {
    expect(formatLeaf("渝北区")).toBe("渝北区");
    expect(formatLeaf(null)).toBe("null");
    expect(formatLeaf(12)).toBe("12");
    expect(formatLeaf(undefined)).toBe("");
    expect(formatLeaf([])).toBe("[]");
  });
});
