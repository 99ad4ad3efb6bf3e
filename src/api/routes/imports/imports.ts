import type { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../domain/errors.js";
import { PROJECT_LEVELS } from "../../../domain/plan.js";
import { importReport } from "../../../services/project-import.js";
import { importUpload, type ImportFormat } from "../../../services/imports.js";
import { errorResponses } from "../../app-types.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FORMATS: Record<string, ImportFormat> = {
  [XLSX]: "xlsx",
  "text/csv": "csv",
  "application/json": "oc4ids",
};

function formatOf(contentType: string | undefined): ImportFormat {
  const format = FORMATS[(contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""];
  if (!format) {
    throw new AppError(
      415,
      "unsupported_media_type",
      "请上传 .xlsx 工作簿、CSV 文件或 OC4IDS JSON 项目包",
      `Upload an .xlsx workbook (${XLSX}), a CSV file (text/csv) or an OC4IDS package (application/json)`,
      "content-type",
    );
  }
  return format;
}

const outcomeSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  notes: z.array(z.string()),
});

/** Uploading registers and packages (all or nothing), and the reports of failed uploads. */
export function importRoutes(app: FastifyInstance): void {
  // Uploads arrive as a stream of any of the accepted types: the service saves it to a temporary file
  // (within the size limit) and decides what it is; a large register is never held in memory.
  void app.register((scope, _opts, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, payload, next) => next(null, payload));
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/api/v1/imports",
      {
        schema: {
          tags: ["import"],
          summary:
            "导入登记表（.xlsx / CSV）或 OC4IDS 项目包：全部成功或全部不写入 / import a register or an OC4IDS package, all or nothing",
          headers: z.object({
            "x-file-name": z
              .string()
              .max(300)
              .optional()
              .describe("原文件名（URL 编码）/ file name, URL-encoded"),
          }),
          querystring: z.object({
            fallbackSpecial: z
              .string()
              .max(16)
              .optional()
              .describe("OC4IDS：无法对应专项时归入的专项 / special for foreign projects"),
            fallbackDistrict: z
              .string()
              .max(6)
              .optional()
              .describe("OC4IDS：无法对应区县时归入的区县 / district for foreign projects"),
            fallbackLevel: z
              .enum(PROJECT_LEVELS)
              .optional()
              .describe("OC4IDS：未注明级别时的项目级别 / level for foreign projects"),
            acceptForeignCurrency: z.enum(["true", "false"]).optional(),
          }),
          response: {
            200: outcomeSchema,
            413: errorResponses[400],
            415: errorResponses[400],
            ...errorResponses,
          },
        },
      },
      (request) => {
        const { fallbackSpecial, fallbackDistrict, fallbackLevel, acceptForeignCurrency } = request.query;
        const fileName = decodeURIComponent(request.headers["x-file-name"] ?? "upload");
        return importUpload(request.ctx, {
          format: formatOf(request.headers["content-type"]),
          body: request.body as Readable,
          ...(request.headers["content-length"]
            ? { declaredBytes: Number(request.headers["content-length"]) }
            : {}),
          fileName,
          fallback: {
            ...(fallbackSpecial ? { specialCode: fallbackSpecial } : {}),
            ...(fallbackDistrict ? { districtCode: fallbackDistrict } : {}),
            ...(fallbackLevel ? { level: fallbackLevel } : {}),
          },
          acceptForeignCurrency: acceptForeignCurrency === "true",
        });
      },
    );
    done();
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const reportParams = z.object({ id: z.uuid() });
  r.get(
    "/api/v1/imports/:id/marked.xlsx",
    {
      schema: {
        tags: ["import"],
        summary: "标注了错误单元格的工作簿 / the upload with bad cells marked",
        params: reportParams,
      },
    },
    async (request, reply) => {
      const report = await importReport(request.ctx, request.params.id);
      if (!report.marked)
        throw new AppError(
          404,
          "not_found",
          "该导入没有可下载的工作簿",
          "This import has no marked workbook",
        );
      const name = encodeURIComponent(report.fileName.replace(/\.xlsx$/i, "") + "-错误标注.xlsx");
      return reply
        .header("content-disposition", `attachment; filename*=UTF-8''${name}`)
        .type(XLSX)
        .send(report.marked);
    },
  );
}
