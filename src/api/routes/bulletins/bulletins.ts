import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { monthString } from "../../../domain/contracts/common.js";
import { bulletinFiles } from "../../../services/bulletin/bulletin.js";
import { BULLETIN_FORMATS } from "../../../services/bulletin/render.js";

const paramsSchema = z.object({
  month: monthString.describe("调度月份 / month, YYYY-MM"),
  format: z.enum(BULLETIN_FORMATS).describe("xlsx（Excel）或 pdf（打印版）/ xlsx or pdf"),
});

/** RFC 6266 / 5987: an ASCII fallback name and the real UTF-8 one. */
export function attachmentHeader(fileName: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function bulletinRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/bulletins/:month/:format",
    {
      schema: {
        tags: ["dispatch"],
        summary:
          "月度调度通报（Excel 或 PDF），按调用者数据范围 / the monthly dispatch bulletin (xlsx or pdf) over the caller's scope",
        params: paramsSchema,
      },
    },
    async (request, reply) => {
      const { month, format } = request.params;
      const [file] = await bulletinFiles(request.ctx, month, [format]);
      if (!file) throw new Error("no bulletin file rendered");
      return reply
        .header(
          "content-disposition",
          attachmentHeader(file.fileName, `newinfra-bulletin-${month}.${format}`),
        )
        .header("cache-control", "no-store")
        .type(file.contentType)
        .send(file.body);
    },
  );
}
