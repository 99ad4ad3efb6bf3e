import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  creditDecisionInputSchema,
  creditDecisionListSchema,
  creditDecisionSchema,
  proposalResultSchema,
  whitelistActionSchema,
  whitelistEntryParams,
  whitelistEntrySchema,
  whitelistListQuerySchema,
  whitelistListSchema,
  whitelistRulesSchema,
  whitelistSettingsSchema,
} from "../../../domain/contracts/financing.js";
import type { WhitelistAction } from "../../../domain/financing/whitelist.js";
import { creditDecisions, recordCreditDecision } from "../../../services/financing/credit.js";
import {
  actOnEntry,
  getWhitelistSettings,
  listWhitelist,
  proposeWhitelist,
  updateWhitelistSettings,
} from "../../../services/financing/whitelist.js";
import { errorResponses } from "../../app-types.js";

const ACTIONS: { action: WhitelistAction; summary: string }[] = [
  { action: "confirm", summary: "确认候选项目 / confirm a candidate" },
  { action: "publish", summary: "向银行发布已确认项目 / publish a confirmed entry to the banks" },
  { action: "remove", summary: "移出名单（须说明理由）/ remove an entry, with a reason" },
];

/** The major-project whitelist (重大项目白名单): rules, proposals, the city's decisions, banks' credit decisions. */
export function whitelistRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/whitelist/settings",
    {
      schema: {
        tags: ["financing"],
        summary: "白名单入选规则 / the rules proposing candidates",
        response: { 200: whitelistSettingsSchema, ...errorResponses },
      },
    },
    (request) => getWhitelistSettings(request.ctx),
  );
  r.put(
    "/api/v1/whitelist/settings",
    {
      schema: {
        tags: ["financing"],
        summary: "修改入选规则 / change the rules",
        body: whitelistRulesSchema,
        response: { 200: whitelistSettingsSchema, ...errorResponses },
      },
    },
    (request) => updateWhitelistSettings(request.ctx, request.body),
  );
  r.post(
    "/api/v1/whitelist/proposals",
    {
      schema: {
        tags: ["financing"],
        summary: "按现行规则提出候选项目 / propose candidates under the rules in force",
        response: { 200: proposalResultSchema, ...errorResponses },
      },
    },
    (request) => proposeWhitelist(request.ctx),
  );
  r.get(
    "/api/v1/whitelist",
    {
      schema: {
        tags: ["financing"],
        summary: "白名单（银行仅见已发布项目及本行决定）/ the whitelist; a bank sees the published entries",
        querystring: whitelistListQuerySchema,
        response: { 200: whitelistListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listWhitelist(request.ctx, request.query) }),
  );
  for (const { action, summary } of ACTIONS) {
    r.post(
      `/api/v1/whitelist/:id/${action}`,
      {
        schema: {
          tags: ["financing"],
          summary,
          params: whitelistEntryParams,
          body: whitelistActionSchema,
          response: { 200: whitelistEntrySchema, ...errorResponses },
        },
      },
      (request) => actOnEntry(request.ctx, request.params.id, action, request.body),
    );
  }
  r.post(
    "/api/v1/whitelist/:id/decisions",
    {
      schema: {
        tags: ["financing"],
        summary: "银行记录授信决定及金额 / a bank records its credit decision and amount",
        params: whitelistEntryParams,
        body: creditDecisionInputSchema,
        response: { 201: creditDecisionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordCreditDecision(request.ctx, request.params.id, request.body)),
  );
  r.get(
    "/api/v1/whitelist/:id/decisions",
    {
      schema: {
        tags: ["financing"],
        summary: "名单项的授信决定（银行仅见本行）/ credit decisions on an entry; a bank sees its own",
        params: whitelistEntryParams,
        response: { 200: creditDecisionListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await creditDecisions(request.ctx, request.params.id) }),
  );
}
