import { z } from "zod";
import { fenString } from "./common.js";

export const rollingPlanQuerySchema = z.object({
  from: z.coerce.number().int().min(2000).max(2100).describe("起始年度 / first year"),
  years: z.coerce.number().int().min(1).max(5).default(3).describe("年数（默认3年滚动）/ number of years"),
  groupBy: z.enum(["sector", "special", "district"]).default("sector"),
});

export const rollingPlanSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      code: z.string(),
      zh: z.string(),
      en: z.string(),
      amountsFen: z.array(fenString).describe("各年度计划投资 / planned per year"),
      totalFen: fenString,
      projects: z.number().int(),
      targetProjects: z
        .number()
        .int()
        .nullable()
        .describe("方案目标项目数（专项、板块）/ the plan's target count"),
      targetInvestmentFen: fenString.nullable().describe("方案目标投资 / the plan's target investment"),
    }),
  ),
  totals: z.object({ amountsFen: z.array(fenString), totalFen: fenString }),
});
export type RollingPlan = z.infer<typeof rollingPlanSchema>;

export const rolloverProposalBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100).describe("新开工年度 / the year of the new starts"),
  targets: z
    .array(
      z.strictObject({
        sectorCode: z.string().max(16),
        targetFen: fenString.describe("板块新开工投资目标（分）/ target, fen"),
      }),
    )
    .min(1)
    .max(50),
});

const reason = z.object({ zh: z.string(), en: z.string() });
export const rolloverProposalSchema = z.object({
  year: z.number().int(),
  sectors: z.array(
    z.object({
      sectorCode: z.string(),
      targetFen: fenString,
      selectedFen: fenString,
      met: z.boolean(),
      proposals: z.array(
        z.object({
          projectId: z.number().int(),
          name: z.string(),
          sectorCode: z.string(),
          totalInvestmentFen: fenString,
          score: z.number().int(),
          selected: z.boolean(),
          cumulativeFen: fenString,
          reasons: z.array(reason),
        }),
      ),
    }),
  ),
});

export const rolloverDecisionBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  decisions: z
    .array(
      z.strictObject({
        projectId: z.number().int().positive(),
        decision: z.enum(["accepted", "rejected"]),
        note: z.string().trim().max(1000).default(""),
      }),
    )
    .min(1)
    .max(1000),
});

export const rolloverDecisionListSchema = z.object({
  items: z.array(
    z.object({
      projectId: z.number().int(),
      name: z.string(),
      sectorCode: z.string(),
      decision: z.string(),
      note: z.string(),
      decidedAt: z.string(),
    }),
  ),
});
