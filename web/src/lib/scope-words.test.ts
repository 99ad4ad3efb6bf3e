import { describe, expect, it } from "vitest";
import type { Me } from "../../../src/domain/contracts/auth.js";
import { districtDisplayName } from "./district-name.js";
import { describeScope } from "./scope-words.js";

const districts = [
  {
    code: "500112",
    name: "渝北区",
    nameEn: "Yubei",
    kind: "区",
    region: "主城都市区",
    subregion: "中心城区",
  },
  { code: "500229", name: "城口县", nameEn: "Chengkou", kind: "县", region: "渝东北", subregion: null },
];

function caller(scope: Partial<Me["scope"]>, organisation: Partial<Me["organisation"]> = {}) {
  return {
    scope: {
      kind: "some" as const,
      districtCodes: [],
      ownerIds: [],
      leadDepartmentIds: [],
      whitelist: false,
      ...scope,
    },
    organisation: {
      id: 7,
      name: "重庆云信数字科技有限公司",
      kind: "enterprise",
      districtCode: null,
      ...organisation,
    },
  };
}

describe("describeScope", () => {
  it("names a district in both languages", () => {
    const yubei = caller({ districtCodes: ["500112"] });
    expect(describeScope(yubei, districts, "zh")).toBe("渝北区");
    expect(describeScope(yubei, districts, "en")).toBe("Yubei District");
  });

  it("falls back to the code while the reference data loads", () => {
    expect(describeScope(caller({ districtCodes: ["500112"] }), undefined, "zh")).toBe("500112");
  });

  it("says all of the city for an unrestricted caller", () => {
    expect(describeScope(caller({ kind: "all" }), districts, "zh")).toBe("全市");
    expect(describeScope(caller({ kind: "all" }), districts, "en")).toBe("All of Chongqing");
  });

  it("joins the parts several roles grant", () => {
    const both = caller({ ownerIds: [7], whitelist: true });
    expect(describeScope(both, districts, "zh")).toBe(
      "本单位（重庆云信数字科技有限公司）项目、重大项目白名单",
    );
    expect(describeScope(both, districts, "en")).toBe(
      "projects of your organisation (重庆云信数字科技有限公司), the major project whitelist",
    );
  });

  it("names a lead department, and another organisation by its number", () => {
    const dept = caller({ leadDepartmentIds: [7, 9] }, { name: "重庆市大数据应用发展管理局" });
    expect(describeScope(dept, districts, "zh")).toBe("重庆市大数据应用发展管理局牵头项目、单位 9牵头项目");
  });

  it("says none when a role grants nothing", () => {
    expect(describeScope(caller({}), districts, "zh")).toBe("无");
  });
});

describe("districtDisplayName", () => {
  it("adds the English kind of a county", () => {
    expect(districtDisplayName(districts[1]!, "en")).toBe("Chengkou County");
    expect(districtDisplayName(districts[1]!, "zh")).toBe("城口县");
  });
});
