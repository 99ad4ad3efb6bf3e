import { describe, expect, it } from "vitest";
import type { Me } from "../../../src/domain/contracts/auth.js";
import { canEditProject, canEditProjects, canManageRollover } from "./edit-rights.js";

function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    user: { id: 1, username: "owner1", displayName: "业主", phone: null },
    organisation: { id: 121, name: "某公司", kind: "enterprise", districtCode: null },
    roles: ["owner"],
    permissions: ["projects.read", "projects.edit"],
    scope: { kind: "some", districtCodes: [], ownerIds: [121], leadDepartmentIds: [], whitelist: false },
    readOnly: false,
    csrfToken: "t",
    mustChangePassword: false,
    ...overrides,
  };
}

describe("edit rights", () => {
  it("lets an owner edit only its own organisation's projects", () => {
    const owner = buildMe();
    expect(canEditProjects(owner)).toBe(true);
    expect(canEditProject(owner, 121)).toBe(true);
    expect(canEditProject(owner, 122)).toBe(false);
  });

  it("lets the city edit every project and run the rollover", () => {
    const admin = buildMe({
      roles: ["city_admin"],
      permissions: ["projects.read", "projects.edit", "rollover.manage"],
      scope: { kind: "all", districtCodes: [], ownerIds: [], leadDepartmentIds: [], whitelist: false },
    });
    expect(canEditProject(admin, 999)).toBe(true);
    expect(canManageRollover(admin)).toBe(true);
  });

  it("gives read-only and signed-out callers nothing", () => {
    expect(canEditProjects(buildMe({ readOnly: true }))).toBe(false);
    expect(canEditProject(null, 121)).toBe(false);
    expect(canManageRollover(buildMe())).toBe(false);
  });
});
