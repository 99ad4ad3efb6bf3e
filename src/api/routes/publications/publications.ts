import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  PUBLICATION_KINDS,
  publicationInputSchema,
  publicationSchema,
  publicationUpdateSchema,
} from "../../../domain/contracts/publication.js";
import {
  createPublication,
  listAll,
  setPublished,
  updatePublicationContent,
} from "../../../services/publications.js";
import { errorResponses } from "../../app-types.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const versionBody = z.strictObject({ version: z.number().int().positive() });

/** Managing the public portal's content: city administrators only. */
export function publicationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/publications",
    {
      schema: {
        tags: ["publications"],
        summary: "全部内容（含草稿）/ all items, drafts included",
        querystring: z.object({ kind: z.enum(PUBLICATION_KINDS).optional() }),
        response: { 200: z.object({ items: z.array(publicationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listAll(request.ctx, request.query.kind) }),
  );
  r.post(
    "/api/v1/publications",
    {
      schema: {
        tags: ["publications"],
        summary: "新建草稿 / create a draft",
        body: publicationInputSchema,
        response: { 201: publicationSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createPublication(request.ctx, request.body)),
  );
  r.patch(
    "/api/v1/publications/:id",
    {
      schema: {
        tags: ["publications"],
        summary: "修改内容（须带版本号）/ edit, with the version being edited",
        params: idParams,
        body: publicationUpdateSchema,
        response: { 200: publicationSchema, ...errorResponses },
      },
    },
    (request) => updatePublicationContent(request.ctx, request.params.id, request.body),
  );
  for (const [path, published, summary] of [
    ["publish", true, "发布 / publish"],
    ["unpublish", false, "撤回 / unpublish"],
  ] as const) {
    r.post(
      `/api/v1/publications/:id/${path}`,
      {
        schema: {
          tags: ["publications"],
          summary,
          params: idParams,
          body: versionBody,
          response: { 200: publicationSchema, ...errorResponses },
        },
      },
      (request) => setPublished(request.ctx, request.params.id, request.body.version, published),
    );
  }
}
