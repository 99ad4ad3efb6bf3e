import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  calendarDayInputSchema,
  calendarDayParams,
  calendarQuerySchema,
  calendarYearSchema,
} from "../../../domain/contracts/approvals.js";
import { getCalendarYear, removeCalendarDay, setCalendarDay } from "../../../services/calendar.js";
import { errorResponses } from "../../app-types.js";

/** The working-day calendar: holidays and make-up working days (调休) by year. */
export function calendarRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/calendar",
    {
      schema: {
        tags: ["approvals"],
        summary: "某年的节假日与调休安排 / a year's holidays and make-up working days",
        querystring: calendarQuerySchema,
        response: { 200: calendarYearSchema, ...errorResponses },
      },
    },
    (request) => getCalendarYear(request.ctx, request.query.year),
  );
  r.put(
    "/api/v1/calendar/days/:day",
    {
      schema: {
        tags: ["approvals"],
        summary:
          "设定节假日或调休上班日（市级管理员，2023 年起）/ list a holiday or make-up working day (city, 2023 on)",
        params: calendarDayParams,
        body: calendarDayInputSchema,
        response: { 200: calendarYearSchema, ...errorResponses },
      },
    },
    (request) => setCalendarDay(request.ctx, request.params.day, request.body),
  );
  r.delete(
    "/api/v1/calendar/days/:day",
    {
      schema: {
        tags: ["approvals"],
        summary: "取消某日的节假日或调休安排（市级管理员）/ take a day off the list (city)",
        params: calendarDayParams,
        response: { 200: calendarYearSchema, ...errorResponses },
      },
    },
    (request) => removeCalendarDay(request.ctx, request.params.day),
  );
}
