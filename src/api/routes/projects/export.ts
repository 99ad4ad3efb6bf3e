import { PassThrough, Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { projectListQuerySchema } from "../../../domain/contracts/project.js";
import { exportOc4ids, openCsvExport, openXlsxExport } from "../../../services/project-export.js";

const filtersSchema = projectListQuerySchema.omit({ sort: true, order: true, limit: true, cursor: true });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A writable that drops what it is given: the CSV part not asked for. */
const discard = () => new Writable({ write: (_chunk, _enc, done) => done() });

/** Streams a writer's output as the response body; a failure mid-way ends the download. */
function stream(run: (out: PassThrough) => Promise<void>): PassThrough {
  const out = new PassThrough();
  run(out).then(
    () => out.end(),
    (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
  );
  return out;
}

export function projectExportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/projects/export",
    {
      schema: {
        tags: ["import"],
        summary:
          "导出项目库登记表（Excel 或 CSV），按当前筛选与数据范围 / export the register (xlsx or csv) of the filtered, scoped projects",
        querystring: filtersSchema.extend({
          format: z.enum(["xlsx", "csv"]).default("xlsx"),
          part: z
            .enum(["projects", "funding"])
            .default("projects")
            .describe("CSV：项目表或资金来源表 / CSV: which file"),
        }),
      },
    },
    async (request, reply) => {
      const { format, part, ...filters } = request.query;
      if (format === "xlsx") {
        const write = await openXlsxExport(request.ctx, filters);
        return reply
          .header("content-disposition", attachment("重大项目库登记表.xlsx"))
          .type(XLSX)
          .send(stream(write));
      }
      const write = await openCsvExport(request.ctx, filters);
      const body = stream((out) =>
        write(
          part === "projects" ? { projects: out, funding: discard() } : { projects: discard(), funding: out },
        ),
      );
      return reply
        .header(
          "content-disposition",
          attachment(part === "projects" ? "重大项目库登记表-项目.csv" : "重大项目库登记表-资金来源.csv"),
        )
        .type("text/csv; charset=utf-8")
        .send(body);
    },
  );
  r.get(
    "/api/v1/projects.oc4ids.json",
    {
      schema: {
        tags: ["import"],
        summary: "OC4IDS 0.9 项目包（按数据范围）/ the caller's projects as an OC4IDS 0.9 project package",
        querystring: filtersSchema,
      },
    },
    async (request, reply) => {
      const uri = `${request.protocol}://${request.host}${request.url}`;
      const pkg = await exportOc4ids(request.ctx, request.query, uri);
      return reply.header("content-disposition", attachment("newinfra-oc4ids.json")).send(pkg);
    },
  );
}
