import type { PlanFile } from "../plan.js";
import { specialsOf } from "../plan.js";
import { OC4IDS_ID_PREFIX } from "./codes.js";
import type { ExportCatalogue } from "./export-context.js";
import type { ImportLookups } from "./import-lookups.js";

type District = { code: string; name: string };

/** Chongqing is a province-level municipality: its districts' region in addresses. */
export const CHONGQING_REGION = { name: "重庆市", countryName: "中国" } as const;

/** The export catalogue for a plan and its districts. */
export function exportCatalogueOf(
  plan: PlanFile,
  districts: readonly District[],
  options: { updated: string; idPrefix?: string; region?: ExportCatalogue["region"] },
): ExportCatalogue {
  return {
    idPrefix: options.idPrefix ?? OC4IDS_ID_PREFIX,
    plan: { code: plan.plan.code, name: plan.plan.name },
    sectors: plan.sectors,
    specials: specialsOf(plan),
    districts: districts.map(({ code, name }) => ({ code, name })),
    region: options.region ?? CHONGQING_REGION,
    updated: options.updated,
  };
}

/** Import lookups for a plan and its districts, with the caller's fallbacks and currency choice. */
export function importLookupsOf(
  plan: PlanFile,
  districts: readonly District[],
  extra: Partial<Pick<ImportLookups, "fallback" | "acceptForeignCurrency" | "idPrefix">> = {},
): ImportLookups {
  return {
    idPrefix: extra.idPrefix ?? OC4IDS_ID_PREFIX,
    planCode: plan.plan.code,
    specialCodes: new Set(specialsOf(plan).map((s) => s.code)),
    districts: districts.map(({ code, name }) => ({ code, name })),
    fundingSources: plan.fundingSources,
    ...(extra.fallback ? { fallback: extra.fallback } : {}),
    ...(extra.acceptForeignCurrency ? { acceptForeignCurrency: true } : {}),
  };
}
