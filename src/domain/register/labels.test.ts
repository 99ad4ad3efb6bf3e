import { describe, expect, it } from "vitest";
import { acceptedLabels, levelOf, planCategoryOf, stageOf } from "./labels.js";

describe("labels", () => {
  it("reads levels from Chinese labels, English codes and labels", () => {
    expect(levelOf("国家级")).toBe("national");
    expect(levelOf(" 市级 ")).toBe("municipal");
    expect(levelOf("区县级")).toBe("district");
    expect(levelOf("national")).toBe("national");
    expect(levelOf("Municipal")).toBe("municipal");
    expect(levelOf("ＤＩＳＴＲＩＣＴ")).toBe("district");
    expect(levelOf("省级")).toBeNull();
  });

  it("reads stages, including the words officials use for them", () => {
    expect(stageOf("在建")).toBe("under_construction");
    expect(stageOf("under_construction")).toBe("under_construction");
    expect(stageOf("Under construction")).toBe("under_construction");
    expect(stageOf("竣工投用")).toBe("completed");
    expect(stageOf("已竣工")).toBe("completed");
    expect(stageOf("储备")).toBe("reserve");
    expect(stageOf("新开工")).toBe("new_start");
    expect(stageOf("暂停")).toBe("suspended");
    expect(stageOf("施工中")).toBeNull();
  });

  it("reads the plan's categories", () => {
    expect(planCategoryOf("在建")).toBe("under_construction");
    expect(planCategoryOf("新开工")).toBe("new_start");
    expect(planCategoryOf("储备")).toBe("reserve");
    expect(planCategoryOf("reserve")).toBe("reserve");
    expect(planCategoryOf("竣工投用")).toBeNull();
  });

  it("lists what a column accepts", () => {
    expect(acceptedLabels("level")).toEqual({
      zh: "国家级、市级、区县级",
      en: "国家级 (national), 市级 (municipal), 区县级 (district)",
    });
  });
});
