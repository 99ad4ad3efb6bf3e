import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDivisionsCsv } from "../divisions.js";
import { planFileSchema } from "../plan.js";
import { exportCatalogueOf } from "./catalogue.js";
import { exportContextFor } from "./export-context.js";
import { oc4idsProjectId, toOc4idsPackage, toOc4idsProject } from "./export.js";
import { ALL_FIXTURES, FIXTURES, STAGE_VARIANTS, buildRecord } from "./fixtures.js";

const reference = (file: string) =>
  readFileSync(new URL(`../../../reference/${file}`, import.meta.url), "utf8");
const plan = planFileSchema.parse(JSON.parse(reference("plan-2020-2022.json")));
const districts = parseDivisionsCsv(reference("chongqing-divisions.csv"));
const catalogue = exportCatalogueOf(plan, districts, { updated: "2022-06-30T18:00:00+08:00" });
const exported = (index: number) => {
  const record = FIXTURES[index]!;
  return toOc4idsProject(record, exportContextFor(record, catalogue));
};

describe("toOc4idsProject", () => {
  it("names the project oc4ids-<prefix>-<internal id> and lists the investment project code", () => {
    const project = exported(0);
    expect(project.id).toBe("oc4ids-cqnewinfra-101");
    expect(project.identifiers).toEqual([
      { id: "2020-500112-63-01-000101", scheme: "CN-INVESTMENT-PROJECT-CODE" },
    ]);
    expect(project.title).toBe("渝北区5G网络规模部署工程");
    expect(project.language).toBe("zh");
    expect(project.updated).toBe("2022-06-30T18:00:00+08:00");
  });

  it("leaves out identifiers, description, period and milestones it has nothing for", () => {
    const project = exported(4);
    expect(project).not.toHaveProperty("identifiers");
    expect(project).not.toHaveProperty("description");
    expect(project).not.toHaveProperty("period");
    expect(project).not.toHaveProperty("milestones");
    expect(project).not.toHaveProperty("completion");
  });

  it("classifies by status, type and sector codes, and keeps the plan's own terms as classifications", () => {
    const retrofit = exported(3);
    expect(retrofit.status).toBe("preparation");
    expect(retrofit.type).toBe("rehabilitation");
    expect(retrofit.sector).toEqual(["communications", "energy", "transport", "waterAndWaste"]);
    expect(retrofit.additionalClassifications).toEqual([
      { scheme: "CQ-NEWINFRA-2020-2022", id: "APP", description: "融合应用基础设施" },
      { scheme: "CQ-NEWINFRA-2020-2022", id: "APP-3", description: "传统基础设施改造" },
      { scheme: "NEWINFRA-STAGE", id: "reserve", description: "申报储备" },
      { scheme: "NEWINFRA-LEVEL", id: "municipal", description: "市级" },
      { scheme: "CQ-NEWINFRA-2020-2022-CATEGORY", id: "reserve", description: "申报储备" },
    ]);
  });

  it("makes the owner the public authority and buyer, identified by its USCC under CN-USCI", () => {
    const project = exported(1);
    const uscc = FIXTURES[1]!.ownerUscc!;
    expect(project.publicAuthority).toEqual({
      id: `CN-USCI-${uscc}`,
      name: "重庆两江云计算产业发展有限公司",
    });
    expect(project.parties).toEqual([
      {
        id: `CN-USCI-${uscc}`,
        name: "重庆两江云计算产业发展有限公司",
        identifier: { scheme: "CN-USCI", id: uscc, legalName: "重庆两江云计算产业发展有限公司" },
        roles: ["publicAuthority", "buyer", "funder"],
      },
      { id: "lead-department", name: "重庆市大数据应用发展管理局", roles: ["leadDepartment"] },
    ]);
  });

  it("adds funder only for the owner's own money, and merges an owner that is its own lead department", () => {
    expect(exported(2).parties?.[0]?.roles).toEqual(["publicAuthority", "buyer"]);
    expect(exported(3).parties).toEqual([
      { id: "owner", name: "国网重庆市电力公司市区供电分公司", roles: ["publicAuthority", "buyer"] },
    ]);
    expect(exported(4).parties).toHaveLength(1);
    expect(exported(4).parties?.[0]?.roles).toEqual(["publicAuthority", "buyer", "leadDepartment"]);
  });

  it("publishes the total, funding by source (planned and secured) and annual plans in CNY yuan", () => {
    const budget = exported(0).budget!;
    expect(budget.amount).toEqual({ amount: 1234567890.12, currency: "CNY" });
    expect(budget.budgetBreakdowns?.map((g) => g.id)).toEqual([
      "funding-planned",
      "funding-secured",
      "annual-plan",
    ]);
    const [planned, secured, annual] = budget.budgetBreakdowns!;
    expect(planned!.budgetBreakdown[0]).toEqual({
      id: "1",
      description: "企业自筹/社会资本",
      amount: { amount: 834567890.12, currency: "CNY" },
      sourceParty: exported(0).publicAuthority,
    });
    expect(planned!.budgetBreakdown[1]).not.toHaveProperty("sourceParty");
    expect(secured!.budgetBreakdown[1]!.amount).toEqual({ amount: 350000000.05, currency: "CNY" });
    expect(annual!.budgetBreakdown[2]).toEqual({
      id: "2022",
      description: "2022年度计划投资",
      amount: { amount: 434567890.12, currency: "CNY" },
      period: { startDate: "2022-01-01T00:00:00+08:00", endDate: "2022-12-31T23:59:59+08:00" },
    });
    expect(exported(4).budget).toEqual({ amount: { amount: 1800000000, currency: "CNY" } });
  });

  it("writes planned dates as the period and actual dates as met milestones, in UTC+8", () => {
    const project = exported(0);
    expect(project.period).toEqual({
      startDate: "2020-03-01T00:00:00+08:00",
      endDate: "2022-12-31T23:59:59+08:00",
    });
    expect(project.milestones).toEqual([
      {
        id: "construction-start",
        title: "开工",
        dueDate: "2020-03-01T00:00:00+08:00",
        dateMet: "2020-04-15T00:00:00+08:00",
        dateModified: "2022-06-30T18:00:00+08:00",
        status: "met",
      },
      {
        id: "construction-end",
        title: "竣工",
        dueDate: "2022-12-31T23:59:59+08:00",
        dateModified: "2022-06-30T18:00:00+08:00",
        status: "scheduled",
      },
    ]);
    expect(exported(2).milestones?.[0]?.status).toBe("notMet");
  });

  it("reports completion with the actual end and the completed investment as final value", () => {
    expect(exported(1).completion).toEqual({
      endDate: "2022-03-18T23:59:59+08:00",
      finalValue: { amount: 3612345678.9, currency: "CNY" },
    });
    expect(exported(0)).not.toHaveProperty("completion");
  });

  it("locates the project by its district's GB/T 2260 code and address", () => {
    expect(exported(0).locations).toEqual([
      {
        id: "1",
        description: "重庆市渝北区",
        gazetteer: { scheme: "GBT2260", identifiers: ["500112"] },
        address: { locality: "渝北区", region: "重庆市", countryName: "中国" },
      },
    ]);
  });

  it("marks the milestones of a cancelled project not met", () => {
    const record = STAGE_VARIANTS.cancelled!;
    const project = toOc4idsProject(record, exportContextFor(record, catalogue));
    expect(project.status).toBe("cancelled");
    expect(project.milestones?.map((m) => m.status)).toEqual(["notMet", "notMet"]);
  });
});

describe("ids and context", () => {
  it("falls back on the code when the record has no id yet, and refuses a record with neither", () => {
    expect(oc4idsProjectId({ id: null, code: "2020-500112-63-01-000101" }, "p")).toBe(
      "oc4ids-p-2020-500112-63-01-000101",
    );
    expect(() => oc4idsProjectId({ id: null, code: null }, "p")).toThrow();
  });

  it("refuses a record whose special or district the catalogue lacks", () => {
    expect(() => exportContextFor(buildRecord({ specialCode: "NET-9" }), catalogue)).toThrow(/NET-9/);
    expect(() => exportContextFor(buildRecord({ districtCode: "110101" }), catalogue)).toThrow(/110101/);
  });
});

describe("toOc4idsPackage", () => {
  it("wraps the projects with version 0.9 and the publication metadata", () => {
    const pkg = toOc4idsPackage(ALL_FIXTURES, catalogue, {
      uri: "https://data.example.gov.cn/oc4ids/2022-06.json",
      publishedDate: "2022-06-30T18:00:00+08:00",
      publisher: { name: "重庆市发展和改革委员会" },
      license: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(pkg.version).toBe("0.9");
    expect(pkg.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(pkg).not.toHaveProperty("publicationPolicy");
    expect(pkg.projects.map((p) => p.status)).toEqual([
      "implementation",
      "completion",
      "implementation",
      "preparation",
      "identification",
      "implementation",
      "cancelled",
    ]);
  });
});
