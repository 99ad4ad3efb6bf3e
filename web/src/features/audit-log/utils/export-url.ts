import { buildQuery } from "../../../lib/api-client.js";
import { auditApiFilters, type AuditFilters } from "./audit-filters.js";

export type AuditExportFormat = "xlsx" | "csv";

/** The download address of the filtered log in a format; the browser sends the session cookie along. */
export function auditExportUrl(filters: AuditFilters, format: AuditExportFormat): string {
  return `/api/v1/audit/export${buildQuery({ format, ...auditApiFilters(filters) })}`;
}
