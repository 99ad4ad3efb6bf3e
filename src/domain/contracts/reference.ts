import { z } from "zod";
import { fenString, labelled } from "./common.js";

export const referenceSchema = z.object({
  plan: z.object({
    code: z.string(),
    name: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
  }),
  categories: z.array(labelled.extend({ sectorCodes: z.array(z.string()) })),
  sectors: z.array(labelled.extend({ no: z.number().int(), categoryCode: z.string() })),
  specials: z.array(
    labelled.extend({
      sectorCode: z.string(),
      scope: z.string(),
      targetProjects: z.number().int(),
      targetInvestmentFen: fenString,
    }),
  ),
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.string(),
      region: z.string(),
      subregion: z.string().nullable(),
    }),
  ),
  regions: z.array(z.string()),
  stages: z.array(labelled),
  planCategories: z.array(labelled),
  levels: z.array(labelled),
  fundingSources: z.array(z.string()).describe("资金来源目录 / the funding source list"),
});
export type Reference = z.infer<typeof referenceSchema>;
