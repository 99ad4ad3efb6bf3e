import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  projectCountSchema,
  projectDetailSchema,
  projectInputSchema,
  projectListQuerySchema,
  projectPageSchema,
  projectUpdateSchema,
  transitionInputSchema,
  transitionSchema,
} from "../../../domain/contracts/project.js";
import {
  createProject,
  deleteProject,
  projectTransitions,
  transitionProject,
  updateProject,
} from "../../../services/project-edits.js";
import { countProjects, getProject, listProjects } from "../../../services/projects.js";
import { errorResponses } from "../../app-types.js";
import { etagOf, versionFromIfMatch } from "./if-match.js";

const countQuerySchema = projectListQuerySchema.omit({ sort: true, order: true, limit: true, cursor: true });
const idParams = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).describe("项目编号 / project id"),
});
const ifMatch = z.object({
  "if-match": z.string().max(40).optional().describe('所编辑的版本 / the version edited, e.g. "3"'),
});

export function projectRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/projects",
    {
      schema: {
        tags: ["projects"],
        summary: "项目列表（游标分页）/ projects, keyset-paginated",
        querystring: projectListQuerySchema,
        response: { 200: projectPageSchema, ...errorResponses },
      },
    },
    (request) => listProjects(request.ctx, request.query),
  );
  r.get(
    "/api/v1/projects/count",
    {
      schema: {
        tags: ["projects"],
        summary: "符合条件的项目数与总投资 / count and investment of matching projects",
        querystring: countQuerySchema,
        response: { 200: projectCountSchema, ...errorResponses },
      },
    },
    (request) => countProjects(request.ctx, request.query),
  );
  r.get(
    "/api/v1/projects/:id",
    {
      schema: {
        tags: ["projects"],
        summary: "项目详情 / project detail",
        params: idParams,
        response: { 200: projectDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const project = await getProject(request.ctx, request.params.id);
      reply.header("etag", etagOf(project.version));
      return project;
    },
  );
  r.post(
    "/api/v1/projects",
    {
      schema: {
        tags: ["projects"],
        summary: "登记项目（策划包装）/ register a project (planning)",
        body: projectInputSchema,
        response: { 201: projectDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProject(request.ctx, request.body)),
  );
  r.patch(
    "/api/v1/projects/:id",
    {
      schema: {
        tags: ["projects"],
        summary: "修改项目（带版本号；过期版本返回 409）/ edit, with the version edited (409 when stale)",
        params: idParams,
        headers: ifMatch,
        body: projectUpdateSchema,
        response: { 200: projectDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = request.body.version ?? versionFromIfMatch(request.headers["if-match"]);
      const project = await updateProject(request.ctx, request.params.id, { ...request.body, version });
      reply.header("etag", etagOf(project.version));
      return project;
    },
  );
  r.delete(
    "/api/v1/projects/:id",
    {
      schema: {
        tags: ["projects"],
        summary: "删除策划包装阶段的项目 / delete a project in planning",
        params: idParams,
        headers: ifMatch,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteProject(
        request.ctx,
        request.params.id,
        request.query.version ?? versionFromIfMatch(request.headers["if-match"]),
      );
      return reply.status(204).send(null);
    },
  );
  r.post(
    "/api/v1/projects/:id/transitions",
    {
      schema: {
        tags: ["projects"],
        summary: "阶段转换（须说明原因）/ move through the lifecycle, with a reason",
        params: idParams,
        body: transitionInputSchema,
        response: { 200: projectDetailSchema, ...errorResponses },
      },
    },
    (request) => transitionProject(request.ctx, request.params.id, request.body),
  );
  r.get(
    "/api/v1/projects/:id/transitions",
    {
      schema: {
        tags: ["projects"],
        summary: "阶段转换记录 / lifecycle history",
        params: idParams,
        response: { 200: z.object({ items: z.array(transitionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await projectTransitions(request.ctx, request.params.id) }),
  );
}
