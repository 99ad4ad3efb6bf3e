import { useQuery } from "@tanstack/react-query";
import { dispatchSettingsSchema } from "../../../../../src/domain/contracts/report.js";
import { fetchJson } from "../../../lib/api-client.js";
import { DEFAULT_REPORT_DUE_DAY } from "../utils/report-deadline.js";

/**
 * The day of the following month reports are due, from the dispatch settings; while they load it is
 * null, and when they cannot be read the usual 5th stands in, so the deadline always shows.
 */
export function useReportDueDay(): number | null {
  const settings = useQuery({
    queryKey: ["dispatch-settings"],
    queryFn: ({ signal }) => fetchJson("/api/v1/dispatch/settings", dispatchSettingsSchema, signal),
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (settings.isPending) return null;
  return settings.data?.reportDueDay ?? DEFAULT_REPORT_DUE_DAY;
}
