import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  rolloverDecisionBodySchema,
  rolloverDecisionListSchema,
  rolloverProposalBodySchema,
  rolloverProposalSchema,
  rollingPlanQuerySchema,
  rollingPlanSchema,
} from "../../../domain/contracts/rolling-plan.js";
import { rollingPlan } from "../../../services/rolling-plan.js";
import { decideNewStarts, listDecisions, proposeNewStarts } from "../../../services/rollover.js";
import { errorResponses } from "../../app-types.js";

export function rollingPlanRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/rolling-plan",
    {
      schema: {
        tags: ["rolling plan"],
        summary:
          "三年滚动计划：按板块、专项或区县的年度计划投资 / the rolling plan by sector, special or district",
        querystring: rollingPlanQuerySchema,
        response: { 200: rollingPlanSchema, ...errorResponses },
      },
    },
    (request) => rollingPlan(request.ctx, request.query),
  );
  r.post(
    "/api/v1/rollover/proposals",
    {
      schema: {
        tags: ["rolling plan"],
        summary: "年度滚动：建议转为次年新开工的储备项目 / propose next year's new starts",
        body: rolloverProposalBodySchema,
        response: { 200: rolloverProposalSchema, ...errorResponses },
      },
    },
    (request) => proposeNewStarts(request.ctx, request.body),
  );
  r.post(
    "/api/v1/rollover/decisions",
    {
      schema: {
        tags: ["rolling plan"],
        summary: "记录滚动决定 / record the decisions",
        body: rolloverDecisionBodySchema,
        response: { 200: rolloverDecisionListSchema, ...errorResponses },
      },
    },
    (request) => decideNewStarts(request.ctx, request.body),
  );
  r.get(
    "/api/v1/rollover/decisions",
    {
      schema: {
        tags: ["rolling plan"],
        summary: "某年度的滚动决定 / the decisions of a year",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: rolloverDecisionListSchema, ...errorResponses },
      },
    },
    (request) => listDecisions(request.ctx, request.query.year),
  );
}
