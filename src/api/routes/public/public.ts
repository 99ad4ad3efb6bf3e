import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PUBLICATION_KINDS, publicPublicationSchema } from "../../../domain/contracts/publication.js";
import { getPublic, listPublic } from "../../../services/publications.js";
import { errorResponses } from "../../app-types.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** 宣传推介: what anyone may read, no sign-in needed. */
export function publicRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/public/publications",
    {
      schema: {
        tags: ["public"],
        summary: "已发布的示范案例、应用需求、创新产品 / published cases, needs and products",
        querystring: z.object({ kind: z.enum(PUBLICATION_KINDS).optional() }),
        response: { 200: z.object({ items: z.array(publicPublicationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listPublic(request.ctx, request.query.kind) }),
  );
  r.get(
    "/api/v1/public/publications/:id",
    {
      schema: {
        tags: ["public"],
        summary: "一条已发布内容 / one published item",
        params: idParams,
        response: { 200: publicPublicationSchema, ...errorResponses },
      },
    },
    (request) => getPublic(request.ctx, request.params.id),
  );
}
