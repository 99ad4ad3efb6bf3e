import { describe, expect, it } from "vitest";
import { canWrite, hasPermission, projectScopeOf, type Principal } from "./access.js";

const principal = (roles: Principal["roles"], districtCode: string | null = null): Principal => ({
  userId: 1,
  username: "u",
  organisationId: 7,
  organisationDistrictCode: districtCode,
  roles,
});

describe("project scope by role", () => {
  it("gives the city and the auditor everything", () => {
    expect(projectScopeOf(principal(["city_admin"]))).toEqual({ kind: "all" });
    expect(projectScopeOf(principal(["auditor"]))).toEqual({ kind: "all" });
  });

  it("narrows a district to its district, an owner to its organisation, a department to what it leads", () => {
    expect(projectScopeOf(principal(["district"], "500112"))).toMatchObject({
      districtCodes: ["500112"],
      ownerIds: [],
      leadDepartmentIds: [],
    });
    expect(projectScopeOf(principal(["owner"]))).toMatchObject({ districtCodes: [], ownerIds: [7] });
    expect(projectScopeOf(principal(["department"]))).toMatchObject({ leadDepartmentIds: [7] });
    expect(projectScopeOf(principal(["bank"]))).toMatchObject({
      whitelist: true,
      districtCodes: [],
      ownerIds: [],
    });
  });

  it("joins the scopes of several roles, and a district role without a district grants nothing", () => {
    expect(projectScopeOf(principal(["owner", "district"], "500101"))).toMatchObject({
      districtCodes: ["500101"],
      ownerIds: [7],
    });
    expect(projectScopeOf(principal(["district"], null))).toMatchObject({ districtCodes: [] });
  });
});

describe("permissions", () => {
  it("keeps the audit log to auditors and publishing to the city", () => {
    expect(hasPermission(["auditor"], "audit.read")).toBe(true);
    expect(hasPermission(["city_admin"], "audit.read")).toBe(false);
    expect(hasPermission(["city_admin"], "publications.manage")).toBe(true);
    expect(hasPermission(["district"], "publications.manage")).toBe(false);
  });

  it("makes the auditor read-only", () => {
    expect(canWrite(["auditor"])).toBe(false);
    expect(canWrite(["owner"])).toBe(true);
  });
});
