import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  approvalInputSchema,
  approvalListQuerySchema,
  approvalPageSchema,
  approvalSchema,
  approvalSummaryQuerySchema,
  approvalSummarySchema,
  approvalUpdateSchema,
} from "../../../domain/contracts/approvals.js";
import { approvalSummary } from "../../../services/approval-summary.js";
import {
  listApprovals,
  listProjectApprovals,
  recordApproval,
  updateApproval,
} from "../../../services/approvals.js";
import { errorResponses } from "../../app-types.js";
import { etagOf, versionFromIfMatch } from "../projects/if-match.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const ifMatch = z.object({
  "if-match": z.string().max(40).optional().describe('所编辑的版本 / the version edited, e.g. "3"'),
});

/** Approvals and filings (备案承诺制) measured in working days against the plan's 50 % speed-up. */
export function approvalRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/projects/:id/approvals",
    {
      schema: {
        tags: ["approvals"],
        summary: "项目的审批备案事项 / the project's approvals and filings",
        params: idParams,
        response: { 200: z.object({ items: z.array(approvalSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listProjectApprovals(request.ctx, request.params.id) }),
  );
  r.post(
    "/api/v1/projects/:id/approvals",
    {
      schema: {
        tags: ["approvals"],
        summary: "登记审批备案事项 / record an approval or filing",
        params: idParams,
        body: approvalInputSchema,
        response: { 201: approvalSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordApproval(request.ctx, request.params.id, request.body)),
  );
  r.patch(
    "/api/v1/approvals/:id",
    {
      schema: {
        tags: ["approvals"],
        summary:
          "办结、重新打开或更正审批事项（带版本号；过期版本返回 409）/ complete, reopen or correct an item, with the version edited (409 when stale)",
        params: idParams,
        headers: ifMatch,
        body: approvalUpdateSchema,
        response: { 200: approvalSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = request.body.version ?? versionFromIfMatch(request.headers["if-match"]);
      const item = await updateApproval(request.ctx, request.params.id, { ...request.body, version });
      reply.header("etag", etagOf(item.version));
      return item;
    },
  );
  r.get(
    "/api/v1/approvals",
    {
      schema: {
        tags: ["approvals"],
        summary: "审批提速看板（按申报日期，游标分页）/ the approvals board, oldest first, keyset-paginated",
        querystring: approvalListQuerySchema,
        response: { 200: approvalPageSchema, ...errorResponses },
      },
    },
    (request) => listApprovals(request.ctx, request.query),
  );
  r.get(
    "/api/v1/approvals/summary",
    {
      schema: {
        tags: ["approvals"],
        summary:
          "审批提速统计：按时办结率、提速中位数（按审批部门、事项类别）/ share within target and median speed-up, by body and kind",
        querystring: approvalSummaryQuerySchema,
        response: { 200: approvalSummarySchema, ...errorResponses },
      },
    },
    (request) => approvalSummary(request.ctx, request.query),
  );
}
