import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  applicationInputSchema,
  applicationListQuerySchema,
  applicationReviewInputSchema,
  applicationSchema,
  decisionInputSchema,
  idParams,
  ledgerQuerySchema,
  ledgerSchema,
  resubmitInputSchema,
  withdrawInputSchema,
} from "../../../domain/contracts/incentives.js";
import {
  applyForIncentive,
  getApplication,
  listIncentiveApplications,
  resubmitApplication,
  reviewApplication,
  withdrawApplication,
} from "../../../services/incentives/applications.js";
import { decideApplication } from "../../../services/incentives/decisions.js";
import { incentiveLedger } from "../../../services/incentives/ledger.js";
import { errorResponses } from "../../app-types.js";

/** Applications for awards: owners apply, districts and departments review, the city decides; the ledger. */
export function incentiveApplicationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const one = { 200: applicationSchema, ...errorResponses };
  r.post(
    "/api/v1/incentives/applications",
    {
      schema: {
        tags: ["incentives"],
        summary: "申请奖补（项目业主）/ apply for an award (owner)",
        body: applicationInputSchema,
        response: { 201: applicationSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await applyForIncentive(request.ctx, request.body)),
  );
  r.get(
    "/api/v1/incentives/applications",
    {
      schema: {
        tags: ["incentives"],
        summary: "奖补申请列表与待办 / applications and queues",
        querystring: applicationListQuerySchema,
        response: { 200: z.object({ items: z.array(applicationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listIncentiveApplications(request.ctx, request.query) }),
  );
  r.get(
    "/api/v1/incentives/applications/:id",
    {
      schema: {
        tags: ["incentives"],
        summary: "奖补申请及其历程 / one application with its history",
        params: idParams,
        response: one,
      },
    },
    (request) => getApplication(request.ctx, request.params.id),
  );
  r.post(
    "/api/v1/incentives/applications/:id/reviews",
    {
      schema: {
        tags: ["incentives"],
        summary: "区县或主管部门审核 / district or lead department review",
        params: idParams,
        body: applicationReviewInputSchema,
        response: one,
      },
    },
    (request) => reviewApplication(request.ctx, request.params.id, request.body),
  );
  r.post(
    "/api/v1/incentives/applications/:id/resubmit",
    {
      schema: {
        tags: ["incentives"],
        summary: "补正后重新提交（项目业主）/ correct and submit again (owner)",
        params: idParams,
        body: resubmitInputSchema,
        response: one,
      },
    },
    (request) => resubmitApplication(request.ctx, request.params.id, request.body),
  );
  r.post(
    "/api/v1/incentives/applications/:id/withdraw",
    {
      schema: {
        tags: ["incentives"],
        summary: "撤回申请（项目业主）/ withdraw (owner)",
        params: idParams,
        body: withdrawInputSchema,
        response: one,
      },
    },
    (request) => withdrawApplication(request.ctx, request.params.id, request.body),
  );
  r.post(
    "/api/v1/incentives/applications/:id/decision",
    {
      schema: {
        tags: ["incentives"],
        summary: "市级批准金额或不予批准 / the city approves an amount or rejects",
        description:
          "批准金额不得超过批准时的测算额；超出同一单位累计或年度上限时返回 409 并指明上限。" +
          " The amount may not exceed the quote at approval; over a shared cap answers 409 naming it.",
        params: idParams,
        body: decisionInputSchema,
        response: one,
      },
    },
    (request) => decideApplication(request.ctx, request.params.id, request.body),
  );
  r.get(
    "/api/v1/incentives/ledger",
    {
      schema: {
        tags: ["incentives"],
        summary: "奖补台账：按单位、条款、年度 / awards by applicant, clause and year",
        querystring: ledgerQuerySchema,
        response: { 200: ledgerSchema, ...errorResponses },
      },
    },
    (request) => incentiveLedger(request.ctx, request.query),
  );
}
