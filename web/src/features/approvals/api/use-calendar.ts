import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  calendarYearSchema,
  type CalendarDayInput,
  type CalendarYear,
} from "../../../../../src/domain/contracts/approvals.js";
import { deleteJson, fetchJson, sendJson } from "../../../lib/api-client.js";
import { APPROVALS_QUERY_KEY } from "./use-approvals.js";

const calendarKey = (year: number) => ["calendar", year] as const;

/** One year's holidays and make-up working days. */
export function useCalendarYear(year: number) {
  return useQuery<CalendarYear>({
    queryKey: calendarKey(year),
    queryFn: ({ signal }) => fetchJson(`/api/v1/calendar?year=${year}`, calendarYearSchema, signal),
  });
}

/** Lists a day, or takes it off the list; working-day figures are then stale everywhere. */
export function useChangeCalendarDay() {
  const client = useQueryClient();
  return useMutation<CalendarYear, Error, { day: string; input: CalendarDayInput | null }>({
    mutationFn: ({ day, input }) =>
      input
        ? sendJson("PUT", `/api/v1/calendar/days/${day}`, input, calendarYearSchema)
        : deleteJson(`/api/v1/calendar/days/${day}`, calendarYearSchema),
    onSuccess: (year) => {
      client.setQueryData(calendarKey(year.year), year);
      return client.invalidateQueries({ queryKey: APPROVALS_QUERY_KEY });
    },
  });
}
