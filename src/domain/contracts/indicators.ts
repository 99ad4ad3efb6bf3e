import { z } from "zod";
import { PROGRESS_STATUSES } from "../dispatch/indicators.js";

const bilingual = z.object({ zh: z.string(), en: z.string() });

const period = z
  .string()
  .max(16)
  .describe(
    "期间：年份 YYYY 或月份 YYYY-MM，不得晚于今天 / period: a year YYYY or a month YYYY-MM, not in the future",
  );

export const indicatorQuerySchema = z.object({
  period: period.optional().describe("期间，默认本年 / period, the current year by default"),
});

export const indicatorValueInputSchema = z.strictObject({
  period,
  value: z
    .string()
    .max(40)
    .describe(
      "数值（十进制字符串，最多 4 位小数；百分比 0–100，个数为非负整数）/ exact decimal string, up to 4 decimals; a percentage 0–100, a count a whole number ≥ 0",
    ),
  source: z.string().max(200).describe("数据来源 / where the value comes from"),
  note: z.string().trim().max(1000).default("").describe("备注 / note"),
});
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;

export const indicatorValueSchema = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  period: z.string(),
  value: z.string().describe("精确十进制数 / exact decimal"),
  source: z.string(),
  note: z.string(),
  enteredBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  enteredAt: z.string(),
  superseded: z.boolean().describe("已被同期更正值取代 / replaced by a later correction for the same period"),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

const indicatorHead = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.string(),
  unitEn: z.string(),
  valueKind: z.enum(["percent", "count"]),
});

export const indicatorStatusSchema = indicatorHead.extend({
  target: z.object({
    kind: z.enum(["at_least_by", "at_least_each_period", "range_each_year", "one_plus_n"]),
    min: z.string().nullable(),
    max: z.string().nullable(),
    year: z.number().int().nullable(),
    text: bilingual,
  }),
  entryHint: bilingual.describe("填报说明 / what to enter"),
  caveat: bilingual.describe("项目库能否计算及其局限 / what the library can and cannot tell"),
  recorded: indicatorValueSchema.nullable().describe("本期填报值 / the value recorded for the period"),
  computed: z
    .object({
      value: z.string(),
      rule: bilingual,
      approximate: z.boolean(),
      wholePlan: z
        .boolean()
        .describe("覆盖全部项目（否则仅为本单位范围）/ over the whole plan, not only the caller's scope"),
    })
    .nullable()
    .describe("由项目库计算的值 / counted from the project library"),
  progress: z.object({
    basis: z.enum(["recorded", "computed"]).nullable(),
    value: z.string().nullable(),
    status: z.enum(PROGRESS_STATUSES),
    percent: z.string().nullable().describe("占目标的百分比，一位小数 / share of the target, one decimal"),
    explanation: bilingual,
  }),
});
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;

export const indicatorListSchema = z.object({
  period: z.string(),
  today: z.string(),
  planStartYear: z.number().int().describe("可填报的最早年份 / the first year a value may be recorded for"),
  canRecord: z.boolean(),
  items: z.array(indicatorStatusSchema),
});
export type IndicatorList = z.infer<typeof indicatorListSchema>;

export const indicatorHistorySchema = z.object({
  indicator: indicatorHead,
  items: z.array(indicatorValueSchema),
});
export type IndicatorHistory = z.infer<typeof indicatorHistorySchema>;
