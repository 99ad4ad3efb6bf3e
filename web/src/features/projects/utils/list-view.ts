import type { QueryValue } from "../../../lib/api-client.js";

/** The list's filters, named as the API's query parameters. */
export const FILTER_KEYS = [
  "sector",
  "special",
  "district",
  "region",
  "stage",
  "planCategory",
  "level",
  "q",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ProjectFilters = Partial<Record<FilterKey, string>>;

/** The sorts the table offers (a subset of the API's). */
export const SORT_FIELDS = ["totalInvestment", "name", "plannedStart"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = "asc" | "desc";

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
const DEFAULT_SORT: SortField = "totalInvestment";
const DEFAULT_ORDER: SortOrder = "desc";

/** Everything the URL query string says about the list, except the page (which lives in history state). */
export interface ListView {
  filters: ProjectFilters;
  sort: SortField;
  order: SortOrder;
  limit: number;
}

function isSortField(value: string | null): value is SortField {
  return (SORT_FIELDS as readonly (string | null)[]).includes(value);
}

/**
 * Reads the list view from the URL. Filter values pass through untouched so the server can reject a
 * bad one with a message naming it; sort and page size fall back to defaults when unknown.
 */
export function parseListView(search: URLSearchParams): ListView {
  const filters: ProjectFilters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = search.get("sort");
  const order = search.get("order");
  const limit = Number(search.get("limit"));
  return {
    filters,
    sort: isSortField(sort) ? sort : DEFAULT_SORT,
    order: order === "asc" || order === "desc" ? order : DEFAULT_ORDER,
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the list view to a query string, leaving defaults out so URLs stay short. */
export function serializeListView(view: ListView): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value) search.set(key, value);
  }
  if (view.sort !== DEFAULT_SORT || view.order !== DEFAULT_ORDER) {
    search.set("sort", view.sort);
    search.set("order", view.order);
  }
  if (view.limit !== DEFAULT_PAGE_SIZE) search.set("limit", String(view.limit));
  return search;
}

export type FilterPatch = Partial<Record<FilterKey, string | undefined>>;

/**
 * The view with some filters set or cleared. A new sector clears the special unless the same patch
 * sets one, since a special belongs to a sector.
 */
export function withFilters(view: ListView, patch: FilterPatch): ListView {
  const filters: ProjectFilters = { ...view.filters };
  const sectorChanges = "sector" in patch && patch.sector !== view.filters.sector;
  if (sectorChanges && !("special" in patch)) delete filters.special;
  for (const key of FILTER_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key]?.trim();
    if (value) filters[key] = value;
    else delete filters[key];
  }
  return { ...view, filters };
}

/** The view sorted by a field, or back to the default sort when the order is cleared. */
export function withSort(view: ListView, sort: SortField | null, order: SortOrder | null): ListView {
  if (!sort || !order) return { ...view, sort: DEFAULT_SORT, order: DEFAULT_ORDER };
  return { ...view, sort, order };
}

/** Query parameters for /projects/count: the filters only. */
export function countQuery(view: ListView): Record<string, QueryValue> {
  return { ...view.filters };
}

/** Query parameters for one page of /projects. */
export function pageQuery(view: ListView, cursor: string | null): Record<string, QueryValue> {
  return { ...view.filters, sort: view.sort, order: view.order, limit: view.limit, cursor };
}
