import { buildQuery } from "../../../lib/api-client.js";
import type { ListView } from "./list-view.js";

export type ExportFormat = "xlsx" | "csv" | "oc4ids";

/** The download of the filtered list (the register in Excel or CSV, or an OC4IDS package); sorting and paging do not apply. */
export function exportUrl(view: ListView, format: ExportFormat): string {
  const filters = { ...view.filters };
  if (format === "oc4ids") return `/api/v1/projects.oc4ids.json${buildQuery(filters)}`;
  return `/api/v1/projects/export${buildQuery({ ...filters, format })}`;
}
