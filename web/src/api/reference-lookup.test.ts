import { describe, expect, it } from "vitest";
import type { Reference } from "../../../src/domain/contracts/reference.js";
import { buildReferenceLookup } from "./reference-lookup.js";

const reference: Reference = {
  plan: { code: "P", name: "计划", startYear: 2020, endYear: 2022 },
  categories: [],
  sectors: [
    { code: "NET", zh: "新型网络基础设施", en: "New network infrastructure", no: 1, categoryCode: "INFO" },
  ],
  specials: [],
  districts: [
    {
      code: "500112",
      name: "渝北区",
      nameEn: "Yubei",
      kind: "区",
      region: "主城都市区",
      subregion: "中心城区",
    },
  ],
  regions: ["主城都市区"],
  stages: [],
  planCategories: [],
  levels: [],
  fundingSources: [],
};

describe("buildReferenceLookup", () => {
  it("finds entries by code and misses unknown codes", () => {
    const lookup = buildReferenceLookup(reference);
    expect(lookup.district("500112")?.nameEn).toBe("Yubei");
    expect(lookup.sector("NET")?.zh).toBe("新型网络基础设施");
    expect(lookup.special("NET-1")).toBeUndefined();
  });
});
