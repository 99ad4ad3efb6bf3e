import { describe, expect, it } from "vitest";
import { exportUrl } from "./export-links.js";
import type { ListView } from "./list-view.js";

const view: ListView = {
  filters: { district: "500112", stage: "reserve", q: "数据 中心" },
  sort: "name",
  order: "asc",
  limit: 50,
};

describe("exportUrl", () => {
  it("carries the list's filters but not its sort or page size", () => {
    expect(exportUrl(view, "xlsx")).toBe(
      "/api/v1/projects/export?district=500112&stage=reserve&q=%E6%95%B0%E6%8D%AE+%E4%B8%AD%E5%BF%83&format=xlsx",
    );
    expect(exportUrl(view, "csv")).toContain("format=csv");
    expect(exportUrl({ ...view, filters: {} }, "oc4ids")).toBe("/api/v1/projects.oc4ids.json");
    expect(exportUrl(view, "oc4ids")).toMatch(
      /^\/api\/v1\/projects\.oc4ids\.json\?district=500112&stage=reserve/,
    );
  });
});
