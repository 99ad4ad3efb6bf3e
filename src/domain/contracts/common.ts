import { z } from "zod";

/** Money in JSON: integer fen as a decimal string, so no amount ever passes through a float. */
export const fenString = z
  .string()
  .regex(/^-?\d+$/)
  .describe("金额（分，整数字符串）/ amount in fen as an integer string");

/** A business date in Asia/Shanghai, YYYY-MM-DD. */
export const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("日期（北京时间）/ date in Asia/Shanghai, YYYY-MM-DD");

export const monthString = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe("月份 / month, YYYY-MM");

export const labelled = z.object({ code: z.string(), zh: z.string(), en: z.string() });

/** Error body of every 4xx/5xx: a stable code, a message in both languages, and the field at fault. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe("中文说明 / message in Chinese"),
    messageEn: z.string().describe("English message"),
    field: z.string().optional(),
    details: z.array(z.object({ field: z.string(), message: z.string(), messageEn: z.string() })).optional(),
  }),
  current: z.unknown().optional().describe("版本冲突时的当前数据 / the current state, on a version conflict"),
  changedFields: z
    .array(z.string())
    .optional()
    .describe("自所编辑版本以来被他人修改的字段 / fields changed since the edited version"),
  problems: z
    .array(
      z.object({
        sheet: z.string(),
        row: z.number().int(),
        column: z.string(),
        value: z.string(),
        reason: z.string(),
        reasonEn: z.string(),
      }),
    )
    .optional()
    .describe("导入失败时的逐格问题清单 / every problem of a failed import"),
  reportId: z
    .string()
    .optional()
    .describe("标注错误的工作簿下载编号 / id of the marked workbook to download"),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
