import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  projectCountSchema,
  projectDetailSchema,
  projectListQuerySchema,
  projectPageSchema,
} from "../../../domain/contracts/project.js";
import { countProjects, getProject, listProjects } from "../../../services/projects.js";
import { errorResponses } from "../../app-types.js";

const countQuerySchema = projectListQuerySchema.omit({ sort: true, order: true, limit: true, cursor: true });

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
        params: z.object({
          id: z.coerce.number().int().positive().max(2_147_483_647).describe("项目编号 / project id"),
        }),
        response: { 200: projectDetailSchema, ...errorResponses },
      },
    },
    (request) => getProject(request.ctx, request.params.id),
  );
}
