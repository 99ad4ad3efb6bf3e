import { describe, expect, it } from "vitest";
import {
  countQuery,
  pageQuery,
  parseListView,
  serializeListView,
  withFilters,
  withSort,
} from "./list-view.js";

const parse = (query: string) => parseListView(new URLSearchParams(query));

describe("parseListView", () => {
  it("defaults to the largest investment first, 20 a page", () => {
    expect(parse("")).toEqual({ filters: {}, sort: "totalInvestment", order: "desc", limit: 20 });
  });

  it("reads filters, including Chinese text, and passes unknown filter values through for the server to judge", () => {
    const view = parse(
      `district=500112&q=${encodeURIComponent("数据中心")}&stage=bogus&sort=name&order=asc&limit=50`,
    );
    expect(view).toEqual({
      filters: { district: "500112", q: "数据中心", stage: "bogus" },
      sort: "name",
      order: "asc",
      limit: 50,
    });
  });

  it("falls back to defaults for an unknown sort, order or page size", () => {
    expect(parse("sort=owner&order=up&limit=7")).toMatchObject({
      sort: "totalInvestment",
      order: "desc",
      limit: 20,
    });
  });

  it("ignores blank filters", () => {
    expect(parse("sector=&q=%20").filters).toEqual({});
  });
});

describe("serializeListView", () => {
  it("round-trips and leaves defaults out", () => {
    const query = "sector=NET&special=NET-1&sort=plannedStart&order=asc&limit=50";
    expect(serializeListView(parse(query)).toString()).toBe(query);
    expect(serializeListView(parse("")).toString()).toBe("");
  });
});

describe("withFilters", () => {
  const view = parse("sector=NET&special=NET-1&district=500112");

  it("clears the special when the sector changes", () => {
    expect(withFilters(view, { sector: "COMP" }).filters).toEqual({ sector: "COMP", district: "500112" });
    expect(withFilters(view, { sector: undefined }).filters).toEqual({ district: "500112" });
  });

  it("keeps a special set in the same change as its sector", () => {
    expect(withFilters(view, { sector: "COMP", special: "COMP-2" }).filters).toMatchObject({
      sector: "COMP",
      special: "COMP-2",
    });
  });

  it("keeps the special when the sector stays", () => {
    expect(withFilters(view, { sector: "NET", stage: "under_construction" }).filters).toMatchObject({
      special: "NET-1",
      stage: "under_construction",
    });
  });

  it("trims and drops empty text", () => {
    expect(withFilters(view, { q: "  数据 " }).filters.q).toBe("数据");
    expect(withFilters(view, { district: "" }).filters).not.toHaveProperty("district");
  });
});

describe("withSort", () => {
  it("returns to the default when the sort is cleared", () => {
    const sorted = withSort(parse(""), "name", "asc");
    expect(sorted).toMatchObject({ sort: "name", order: "asc" });
    expect(withSort(sorted, null, null)).toMatchObject({ sort: "totalInvestment", order: "desc" });
  });
});

describe("queries", () => {
  it("sends filters to count, and filters with sort, limit and cursor to a page", () => {
    const view = parse("district=500112&sort=name&order=asc");
    expect(countQuery(view)).toEqual({ district: "500112" });
    expect(pageQuery(view, "abc")).toEqual({
      district: "500112",
      sort: "name",
      order: "asc",
      limit: 20,
      cursor: "abc",
    });
  });
});
