import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { reportStatusSchema, type ReportStatus } from "../../../../../src/domain/contracts/report.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

/** Who has and has not reported for a month, per district and lead department, in the caller's scope. */
export function useReportStatus(month: string) {
  const query = buildQuery({ month });
  return useQuery<ReportStatus>({
    queryKey: ["report-status", query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/report-status${query}`, reportStatusSchema, signal),
    placeholderData: keepPreviousData,
  });
}
