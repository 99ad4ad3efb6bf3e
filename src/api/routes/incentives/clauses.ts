import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  clauseCodeParams,
  clauseListQuerySchema,
  clauseListSchema,
  clauseSchema,
  clauseVersionInputSchema,
  quoteInputSchema,
  quoteSchema,
} from "../../../domain/contracts/incentives.js";
import { addClauseVersion, getClause, listClauses } from "../../../services/incentives/clauses.js";
import { quoteIncentive } from "../../../services/incentives/quote.js";
import { errorResponses } from "../../app-types.js";

/** The plan's support-policy clauses as versioned terms, and the quote of an award under one. */
export function incentiveClauseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/incentives/clauses",
    {
      schema: {
        tags: ["incentives"],
        summary: "支持政策条款及施行版本 / policy clauses with the version in force",
        querystring: clauseListQuerySchema,
        response: { 200: clauseListSchema, ...errorResponses },
      },
    },
    (request) => listClauses(request.ctx, request.query.date),
  );
  r.get(
    "/api/v1/incentives/clauses/:code",
    {
      schema: {
        tags: ["incentives"],
        summary: "条款及全部版本 / one clause with every version",
        params: clauseCodeParams,
        querystring: clauseListQuerySchema,
        response: { 200: clauseSchema, ...errorResponses },
      },
    },
    (request) => getClause(request.ctx, request.params.code, request.query.date),
  );
  r.post(
    "/api/v1/incentives/clauses/:code/versions",
    {
      schema: {
        tags: ["incentives"],
        summary: "发布条款新版本（市发展改革委）/ issue a new version of a clause (city)",
        params: clauseCodeParams,
        body: clauseVersionInputSchema,
        response: { 201: clauseSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addClauseVersion(request.ctx, request.params.code, request.body)),
  );
  r.post(
    "/api/v1/incentives/quote",
    {
      schema: {
        tags: ["incentives"],
        summary: "奖补测算（金额向下取整到分）/ quote the maximum award, rounded down to the fen",
        body: quoteInputSchema,
        response: { 200: quoteSchema, ...errorResponses },
      },
    },
    (request) => quoteIncentive(request.ctx, request.body),
  );
}
