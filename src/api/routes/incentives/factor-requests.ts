import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  factorEventInputSchema,
  factorListQuerySchema,
  factorRequestInputSchema,
  factorRequestSchema,
  idParams,
} from "../../../domain/contracts/incentives.js";
import {
  getFactorRequest,
  listFactors,
  raiseFactorRequest,
  updateFactor,
} from "../../../services/incentives/factor-requests.js";
import { errorResponses } from "../../app-types.js";

/** Requests for the plan's non-monetary supports, routed to the unit responsible and tracked to a result. */
export function factorRequestRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/incentives/factor-requests",
    {
      schema: {
        tags: ["incentives"],
        summary: "提出要素保障申请（项目业主）/ raise a factor request (owner)",
        body: factorRequestInputSchema,
        response: { 201: factorRequestSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await raiseFactorRequest(request.ctx, request.body)),
  );
  r.get(
    "/api/v1/incentives/factor-requests",
    {
      schema: {
        tags: ["incentives"],
        summary: "要素保障申请列表 / factor requests",
        querystring: factorListQuerySchema,
        response: { 200: z.object({ items: z.array(factorRequestSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listFactors(request.ctx, request.query) }),
  );
  r.get(
    "/api/v1/incentives/factor-requests/:id",
    {
      schema: {
        tags: ["incentives"],
        summary: "要素保障申请及办理记录 / one factor request with its history",
        params: idParams,
        response: { 200: factorRequestSchema, ...errorResponses },
      },
    },
    (request) => getFactorRequest(request.ctx, request.params.id),
  );
  r.post(
    "/api/v1/incentives/factor-requests/:id/events",
    {
      schema: {
        tags: ["incentives"],
        summary: "办理意见、状态或期限 / a comment, a status change or a new due date",
        params: idParams,
        body: factorEventInputSchema,
        response: { 200: factorRequestSchema, ...errorResponses },
      },
    },
    (request) => updateFactor(request.ctx, request.params.id, request.body),
  );
}
