import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  indicatorHistorySchema,
  indicatorListSchema,
  indicatorQuerySchema,
  indicatorValueInputSchema,
  indicatorValueSchema,
} from "../../../domain/contracts/indicators.js";
import { indicatorHistory, listIndicators, recordIndicatorValue } from "../../../services/indicators.js";
import { errorResponses } from "../../app-types.js";

const codeParams = z.object({ code: z.string().min(1).max(64).describe("指标代码 / indicator code") });

/** The plan's KPI indicators: progress per period, the history of recorded values, and recording a value. */
export function indicatorRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/indicators",
    {
      schema: {
        tags: ["dispatch"],
        summary:
          "发展目标指标：目标、本期数值、项目库计算值与进度 / KPI indicators: target, value, library count and progress",
        querystring: indicatorQuerySchema,
        response: { 200: indicatorListSchema, ...errorResponses },
      },
    },
    (request) => listIndicators(request.ctx, request.query.period),
  );
  r.get(
    "/api/v1/indicators/:code/values",
    {
      schema: {
        tags: ["dispatch"],
        summary: "指标填报历史（含更正）/ the values recorded for an indicator, corrections included",
        params: codeParams,
        response: { 200: indicatorHistorySchema, ...errorResponses },
      },
    },
    (request) => indicatorHistory(request.ctx, request.params.code),
  );
  r.post(
    "/api/v1/indicators/:code/values",
    {
      schema: {
        tags: ["dispatch"],
        summary: "填报指标数值（更正即新值）/ record a value (a correction is a new value)",
        params: codeParams,
        body: indicatorValueInputSchema,
        response: { 201: indicatorValueSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordIndicatorValue(request.ctx, request.params.code, request.body)),
  );
}
