import { describe, expect, it } from "vitest";
import { selectedNavKey, visibleNavEntries } from "./navigation.js";

const entries = [
  { key: "dashboard", path: "/" },
  { key: "projects", path: "/projects", permission: "projects.read" },
  { key: "projects-new", path: "/projects/new", permission: "projects.edit" },
  { key: "publications", path: "/publications", permission: "publications.manage" },
  { key: "audit", path: "/audit", permission: "audit.read" },
];

describe("visibleNavEntries", () => {
  it("shows the audit log to an auditor only", () => {
    const keys = (permissions: string[]) => visibleNavEntries(entries, permissions).map((e) => e.key);
    expect(keys(["projects.read", "audit.read"])).toEqual(["dashboard", "projects", "audit"]);
    expect(keys(["projects.read"])).toEqual(["dashboard", "projects"]);
    expect(keys(["projects.read", "projects.edit", "publications.manage"])).toEqual([
      "dashboard",
      "projects",
      "projects-new",
      "publications",
    ]);
  });
});

describe("selectedNavKey", () => {
  it("picks the most specific entry of the path", () => {
    expect(selectedNavKey(entries, "/")).toBe("dashboard");
    expect(selectedNavKey(entries, "/projects")).toBe("projects");
    expect(selectedNavKey(entries, "/projects/12")).toBe("projects");
    expect(selectedNavKey(entries, "/projects/new")).toBe("projects-new");
    expect(selectedNavKey(entries, "/projectsx")).toBeNull();
    expect(selectedNavKey(entries, "/audit")).toBe("audit");
  });
});
