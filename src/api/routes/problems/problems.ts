import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  commentInputSchema,
  escalationInputSchema,
  problemDetailSchema,
  problemInputSchema,
  problemListQuerySchema,
  problemPageSchema,
  problemSchema,
  statusInputSchema,
} from "../../../domain/contracts/problems.js";
import {
  changeProblemStatus,
  commentOnProblem,
  escalateProblem,
  getProblem,
  listProblems,
  listProjectProblems,
  raiseProblem,
} from "../../../services/problems.js";
import { errorResponses } from "../../app-types.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Coordination of blocking problems (要素保障、问题协调): raise, list, comment, escalate, resolve. */
export function problemRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/projects/:id/problems",
    {
      schema: {
        tags: ["dispatch"],
        summary: "提出项目问题（要素保障）/ raise a blocking problem on a project",
        params: idParams,
        body: problemInputSchema,
        response: { 201: problemDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseProblem(request.ctx, request.params.id, request.body)),
  );
  r.get(
    "/api/v1/projects/:id/problems",
    {
      schema: {
        tags: ["dispatch"],
        summary: "项目的协调问题 / the project's problems",
        params: idParams,
        response: { 200: z.object({ items: z.array(problemSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listProjectProblems(request.ctx, request.params.id) }),
  );
  r.get(
    "/api/v1/problems",
    {
      schema: {
        tags: ["dispatch"],
        summary: "协调问题清单（按办结期限）/ problems in scope, earliest due first",
        querystring: problemListQuerySchema,
        response: { 200: problemPageSchema, ...errorResponses },
      },
    },
    (request) => listProblems(request.ctx, request.query),
  );
  r.get(
    "/api/v1/problems/:id",
    {
      schema: {
        tags: ["dispatch"],
        summary: "问题详情及处理经过 / one problem with its events",
        params: idParams,
        response: { 200: problemDetailSchema, ...errorResponses },
      },
    },
    (request) => getProblem(request.ctx, request.params.id),
  );
  r.post(
    "/api/v1/problems/:id/comments",
    {
      schema: {
        tags: ["dispatch"],
        summary: "填写协调意见 / comment on a problem",
        params: idParams,
        body: commentInputSchema,
        response: { 201: problemDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commentOnProblem(request.ctx, request.params.id, request.body)),
  );
  r.post(
    "/api/v1/problems/:id/escalations",
    {
      schema: {
        tags: ["dispatch"],
        summary: "提级协调（须说明原因）/ escalate one tier up, with a reason",
        params: idParams,
        body: escalationInputSchema,
        response: { 200: problemDetailSchema, ...errorResponses },
      },
    },
    (request) => escalateProblem(request.ctx, request.params.id, request.body),
  );
  r.post(
    "/api/v1/problems/:id/status",
    {
      schema: {
        tags: ["dispatch"],
        summary: "开始处理、解决（须填写结果）或重新打开 / start, resolve (with the result) or reopen",
        params: idParams,
        body: statusInputSchema,
        response: { 200: problemDetailSchema, ...errorResponses },
      },
    },
    (request) => changeProblemStatus(request.ctx, request.params.id, request.body),
  );
}
