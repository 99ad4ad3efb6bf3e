import { DASHBOARD_GROUPS, type DashboardGroup } from "../../../../../src/domain/contracts/dashboard.js";
import { isMonth } from "../../../lib/business-month.js";

export interface CockpitView {
  month: string;
  groupBy: DashboardGroup;
}

function isGroup(value: string | null): value is DashboardGroup {
  return (DASHBOARD_GROUPS as readonly (string | null)[]).includes(value);
}

/** The view the address asks for; a missing or bad month is the default one, a bad grouping is by sector. */
export function parseCockpitView(params: URLSearchParams, defaultMonth: string): CockpitView {
  const month = params.get("month");
  const groupBy = params.get("groupBy");
  return { month: isMonth(month) ? month : defaultMonth, groupBy: isGroup(groupBy) ? groupBy : "sector" };
}

/** The address of a view: both parameters always, so a link keeps its month when the default moves on. */
export function serializeCockpitView(view: CockpitView): URLSearchParams {
  return new URLSearchParams({ month: view.month, groupBy: view.groupBy });
}

/** Rankings compare like units: districts with districts, departments with departments. */
export function ranksGroups(groupBy: DashboardGroup): boolean {
  return groupBy === "district" || groupBy === "department";
}
