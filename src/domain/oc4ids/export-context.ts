import type { ProjectRecord } from "../project-record.js";

export interface NamedCode {
  code: string;
  zh: string;
  en: string;
}

/** What a project's OC4IDS entry needs beyond its record. */
export interface ExportContext {
  /** Project id prefix; OC4IDS_ID_PREFIX until a registered prefix replaces it. */
  idPrefix: string;
  plan: { code: string; name: string };
  special: NamedCode;
  sector: NamedCode;
  district: { code: string; name: string };
  /** Province-level name and country for addresses, e.g. 重庆市 and 中国. */
  region: { name: string; countryName: string };
  /** When the project-level data was last updated (RFC 3339 date-time). */
  updated: string;
}

/** The taxonomy and divisions every record's context is drawn from: one per export. */
export interface ExportCatalogue {
  idPrefix: string;
  plan: { code: string; name: string };
  sectors: readonly NamedCode[];
  specials: readonly (NamedCode & { sectorCode: string })[];
  districts: readonly { code: string; name: string }[];
  region: { name: string; countryName: string };
  updated: string;
}

/**
 * Picks a record's special, sector and district out of the catalogue. Throws when the record names a
 * code the catalogue lacks: records come from the library, so that is a defect, not bad input.
 */
export function exportContextFor(record: ProjectRecord, catalogue: ExportCatalogue): ExportContext {
  const special = catalogue.specials.find((s) => s.code === record.specialCode);
  const sector = special && catalogue.sectors.find((s) => s.code === special.sectorCode);
  const district = catalogue.districts.find((d) => d.code === record.districtCode);
  if (!special || !sector)
    throw new Error(`special ${record.specialCode} is not in plan ${catalogue.plan.code}`);
  if (!district) throw new Error(`district ${record.districtCode} is not in the divisions list`);
  return {
    idPrefix: catalogue.idPrefix,
    plan: catalogue.plan,
    special: { code: special.code, zh: special.zh, en: special.en },
    sector,
    district: { code: district.code, name: district.name },
    region: catalogue.region,
    updated: catalogue.updated,
  };
}
