import { describe, expect, it } from "vitest";
import { conflictRows } from "./conflict-rows.js";
import { describeFieldValue, type FieldValueFormat } from "./describe-field-value.js";
import { buildProject } from "./project-fixture.js";

const format: FieldValueFormat = {
  codeLabel: (kind, code) => `${kind}:${code}`,
  sourceName: (source) => source,
  wan: "万元",
  none: "—",
};

describe("conflictRows", () => {
  it("pairs each field others changed with this person's value, marking fields both changed", () => {
    const current = buildProject({ name: "他人改的名称", description: "他人补充的建设内容", version: 4 });
    const rows = conflictRows(["description", "name", "ownerId"], current, { name: "我的名称" });
    expect(rows).toEqual([
      { field: "description", theirs: "他人补充的建设内容", yours: undefined, clash: false },
      { field: "name", theirs: "他人改的名称", yours: "我的名称", clash: true },
      { field: "ownerId", theirs: "重庆云信数字科技有限公司", yours: undefined, clash: false },
    ]);
  });
});

describe("describeFieldValue", () => {
  it("formats amounts in 万元, lists, codes and empty values", () => {
    expect(describeFieldValue("totalInvestmentFen", "12345600000", format)).toBe("12,345.60 万元");
    expect(
      describeFieldValue(
        "funding",
        [{ source: "企业自筹/社会资本", plannedFen: "5000000000", securedFen: "0" }],
        format,
      ),
    ).toBe("企业自筹/社会资本 5,000.00/0.00 万元");
    expect(describeFieldValue("annualPlans", [{ year: 2021, plannedFen: "3000000000" }], format)).toBe(
      "2021: 3,000.00 万元",
    );
    expect(describeFieldValue("districtCode", "500112", format)).toBe("district:500112");
    expect(describeFieldValue("plannedEnd", null, format)).toBe("—");
    expect(describeFieldValue("name", "项目", format)).toBe("项目");
  });
});
