import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { queuedReportSchema, type QueuedReport } from "../../../../../src/domain/contracts/report.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";

const queueSchema = z.object({ items: z.array(queuedReportSchema) });

/** The current reports the caller's unit has not reviewed yet, of one month or of all. */
export function useReviewQueue(month: string | null) {
  const query = buildQuery({ status: "awaiting_me", month, limit: 200 });
  return useQuery<QueuedReport[]>({
    queryKey: ["report-queue", query],
    queryFn: async ({ signal }) => (await fetchJson(`/api/v1/reports${query}`, queueSchema, signal)).items,
    placeholderData: keepPreviousData,
  });
}
