import { z } from "zod";
import { fenString } from "./common.js";

const targetRow = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  targetProjects: z.number().int(),
  actualProjects: z.number().int(),
  targetInvestmentFen: fenString,
  actualInvestmentFen: fenString,
  investmentDiffFen: fenString,
  ok: z.boolean(),
});

export const discrepancySchema = z.object({
  kind: z.enum([
    "plan_statement",
    "headline_projects",
    "headline_investment",
    "special_projects",
    "special_investment",
    "category_projects",
    "category_investment",
  ]),
  subject: z.string(),
  expected: z.string(),
  actual: z.string(),
  blocking: z.boolean().describe("false for inconsistencies inside the plan's own text"),
  zh: z.string(),
  en: z.string(),
});
export type Discrepancy = z.infer<typeof discrepancySchema>;

export const planSummarySchema = z.object({
  plan: z.object({
    code: z.string(),
    name: z.string(),
    headlineProjects: z.number().int(),
    headlineInvestmentFen: fenString,
    specialsTargetInvestmentFen: fenString,
  }),
  totals: z.object({ projects: z.number().int(), investmentFen: fenString }),
  specials: z.array(targetRow.extend({ sectorCode: z.string() })),
  sectors: z.array(targetRow),
  planCategories: z.array(targetRow),
  stages: z.array(z.object({ code: z.string(), projects: z.number().int(), investmentFen: fenString })),
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      region: z.string(),
      projects: z.number().int(),
      investmentFen: fenString,
    }),
  ),
  discrepancies: z.array(discrepancySchema),
  matches: z.boolean(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
