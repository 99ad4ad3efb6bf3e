/** How the rolling plan is grouped: 板块 / 专项 / 区县. */
export const GROUPINGS = ["sector", "special", "district"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The window of years and the grouping, as kept in the page URL. */
export interface RollingPlanView {
  from: number;
  years: number;
  groupBy: Grouping;
}

/** The rolling plan covers three years. */
export const WINDOW_YEARS = 3;

/** Reads the view from the URL, starting at `defaultFrom` (the plan's first year) when none is given. */
export function parseRollingPlanView(search: URLSearchParams, defaultFrom: number): RollingPlanView {
  const from = Number(search.get("from"));
  const groupBy = search.get("groupBy");
  return {
    from: Number.isInteger(from) && from >= 2000 && from <= 2100 ? from : defaultFrom,
    years: WINDOW_YEARS,
    groupBy: (GROUPINGS as readonly (string | null)[]).includes(groupBy) ? (groupBy as Grouping) : "sector",
  };
}

/** Writes the view to the URL, leaving the defaults out. */
export function serializeRollingPlanView(view: RollingPlanView, defaultFrom: number): URLSearchParams {
  const search = new URLSearchParams();
  if (view.from !== defaultFrom) search.set("from", String(view.from));
  if (view.groupBy !== "sector") search.set("groupBy", view.groupBy);
  return search;
}

/** The first years the selector offers: a few before the plan starts to a few after it ends. */
export function windowStartOptions(planStart: number, planEnd: number): number[] {
  const years: number[] = [];
  for (let year = planStart - 2; year <= planEnd + 4; year += 1) years.push(year);
  return years;
}
