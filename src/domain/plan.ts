import { z } from "zod";

/**
 * The plan's reference data as extracted in reference/plan-2020-2022.json. Amounts there are 亿元
 * integers (the plan's own 约 figures); caps are 万元.
 */
export const planFileSchema = z.object({
  plan: z.object({
    code: z.string(),
    name: z.string(),
    period: z.object({ startYear: z.number().int(), endYear: z.number().int() }),
    rollingCycleYears: z.number().int(),
    headline: z.object({
      sectors: z.number().int(),
      specials: z.number().int(),
      projects: z.number().int(),
      investmentYi: z.number().int(),
    }),
    byStatus: z.array(
      z.object({
        status: z.enum(["under_construction", "new_start", "reserve"]),
        zh: z.string(),
        projects: z.number().int(),
        investmentYi: z.number().int(),
        task: z.string(),
      }),
    ),
  }),
  categories: z.array(
    z.object({ code: z.string(), zh: z.string(), en: z.string(), sectors: z.array(z.string()) }),
  ),
  sectors: z.array(
    z.object({
      code: z.string(),
      no: z.number().int(),
      zh: z.string(),
      en: z.string(),
      goals2022: z.array(z.string()),
      specials: z.array(
        z.object({
          code: z.string(),
          zh: z.string(),
          en: z.string(),
          projects: z.number().int(),
          investmentYi: z.number().int(),
          scope: z.string(),
        }),
      ),
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.string(),
      zh: z.string(),
      unit: z.string(),
      target: z.union([z.number(), z.string(), z.array(z.number())]),
      comparator: z.string(),
      year: z.union([z.number().int(), z.string()]),
    }),
  ),
  fundingSources: z.array(z.string()),
  policyClauses: z.array(
    z.looseObject({ code: z.string(), group: z.string(), kind: z.string(), zh: z.string() }),
  ),
});
export type PlanFile = z.infer<typeof planFileSchema>;

export type SectorRef = PlanFile["sectors"][number];
export type SpecialRef = SectorRef["specials"][number] & { sectorCode: string };

/** Flattens the sectors' specials, each carrying its sector code. */
export function specialsOf(plan: PlanFile): SpecialRef[] {
  return plan.sectors.flatMap((s) => s.specials.map((sp) => ({ ...sp, sectorCode: s.code })));
}

/** Regions of Chongqing (一区两群) as the divisions file states them, e.g. "主城都市区-中心城区". */
export interface DistrictRef {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  region: string;
  subregion: string | null;
}

export const PROJECT_LEVELS = ["national", "municipal", "district"] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
export const LEVEL_LABELS: Record<ProjectLevel, { zh: string; en: string }> = {
  national: { zh: "国家级", en: "National" },
  municipal: { zh: "市级", en: "Municipal" },
  district: { zh: "区县级", en: "District" },
};

/** English names of the regions of 一区两群 (the district list names them in Chinese only). */
export const REGION_EN: Record<string, string> = {
  主城都市区: "Main urban metropolitan area",
  渝东北: "Northeast Chongqing",
  渝东南: "Southeast Chongqing",
};
