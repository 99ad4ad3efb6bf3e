import { describe, expect, it } from "vitest";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import { canCoordinate, canResolve, raiseTiers } from "./problem-rights.js";

const me = (roles: Me["roles"], permissions: string[], readOnly = false) =>
  ({ roles, permissions, readOnly }) as unknown as Me;

describe("problem rights in the console", () => {
  it("lets coordinating roles act and keeps bank and auditor to reading", () => {
    expect(canCoordinate(me(["district"], ["problems.coordinate"]))).toBe(true);
    expect(canCoordinate(me(["bank"], ["projects.read"]))).toBe(false);
    expect(canCoordinate(me(["auditor"], ["projects.read"], true))).toBe(false);
  });

  it("shows resolve to the city anywhere and to a role at its own tier", () => {
    const district = me(["district"], ["problems.coordinate"]);
    expect(canResolve(district, "district")).toBe(true);
    expect(canResolve(district, "department")).toBe(false);
    expect(canResolve(me(["city_admin"], ["problems.coordinate"]), "owner")).toBe(true);
  });

  it("offers a raiser its own tier and those below", () => {
    expect(raiseTiers(me(["district"], ["problems.coordinate"]))).toEqual(["owner", "district"]);
    expect(raiseTiers(me(["bank"], []))).toEqual([]);
  });
});
