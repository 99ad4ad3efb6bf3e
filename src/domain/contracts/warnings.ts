import { z } from "zod";
import { monthString } from "./common.js";

const level = z.enum(["red", "yellow", "green"]);
const counts = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int() });

export const warningsQuerySchema = z.object({
  month: monthString.describe("调度月份 / month assessed, YYYY-MM"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(2000)
    .default(500)
    .describe("最多列出的项目数，最严重者在前 / at most this many projects, worst first"),
});

export const warningsSchema = z.object({
  month: z.string(),
  summary: counts,
  projects: z
    .array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        specialCode: z.string(),
        sectorCode: z.string(),
        districtCode: z.string(),
        level,
        reasons: z.array(
          z.object({
            rule: z.string(),
            level,
            zh: z.string(),
            en: z.string(),
            numbers: z.record(z.string(), z.union([z.string(), z.number()])),
          }),
        ),
      }),
    )
    .describe("红黄灯项目，最严重者在前 / red and yellow projects, worst first"),
  more: z.boolean().describe("还有未列出的红黄灯项目 / more flagged projects than listed"),
  bySpecial: z.array(counts.extend({ code: z.string() })),
  bySector: z.array(counts.extend({ code: z.string() })),
  byDistrict: z.array(counts.extend({ code: z.string() })),
});
export type Warnings = z.infer<typeof warningsSchema>;
