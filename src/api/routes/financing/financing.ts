import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  financingSummarySchema,
  fundingParams,
  fundingSchema,
  fundingUpdateSchema,
} from "../../../domain/contracts/financing.js";
import { financingSummary, getFunding, updateFunding } from "../../../services/financing/funding.js";
import { errorResponses } from "../../app-types.js";

const idParams = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).describe("项目编号 / project id"),
});

/** Funding by source against what is secured, per project and over the caller's scope. */
export function financingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/projects/:id/funding",
    {
      schema: {
        tags: ["financing"],
        summary: "项目资金计划、已落实与缺口（按来源）/ funding plan, secured and gap by source",
        params: idParams,
        response: { 200: fundingSchema, ...errorResponses },
      },
    },
    (request) => getFunding(request.ctx, request.params.id),
  );
  r.put(
    "/api/v1/projects/:id/funding/:source",
    {
      schema: {
        tags: ["financing"],
        summary: "更新某一资金来源的已落实（及计划）金额 / set a source's secured (and planned) amount",
        params: fundingParams,
        body: fundingUpdateSchema,
        response: { 200: fundingSchema, ...errorResponses },
      },
    },
    (request) => updateFunding(request.ctx, request.params.id, request.params.source, request.body),
  );
  r.get(
    "/api/v1/financing/summary",
    {
      schema: {
        tags: ["financing"],
        summary:
          "融资汇总：合计、按来源、按板块及缺口 / financing totals, by source and by sector, with the gap",
        response: { 200: financingSummarySchema, ...errorResponses },
      },
    },
    (request) => financingSummary(request.ctx),
  );
}
