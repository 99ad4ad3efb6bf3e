import { describe, expect, it } from "vitest";
import { levelLabel, stageColor, stageLabel } from "./domain-labels.js";

describe("domain labels", () => {
  it("labels stages and levels in both languages", () => {
    expect(stageLabel("under_construction")).toEqual({ zh: "在建", en: "Under construction" });
    expect(levelLabel("municipal")).toEqual({ zh: "市级", en: "Municipal" });
  });

  it("labels an unknown code with itself and a neutral colour", () => {
    expect(stageLabel("archived")).toEqual({ zh: "archived", en: "archived" });
    expect(stageColor("archived")).toBe("default");
  });
});
