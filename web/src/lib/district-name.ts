import type { Reference } from "../../../src/domain/contracts/reference.js";
import type { Language } from "./i18n/language.js";

export type District = Reference["districts"][number];

const DISTRICT_KIND_EN: Record<string, string> = {
  区: "District",
  县: "County",
  自治县: "Autonomous County",
};

/** A district's name in the interface language: 渝北区 / Yubei District. */
export function districtDisplayName(district: District, language: Language): string {
  if (language === "zh") return district.name;
  const kind = DISTRICT_KIND_EN[district.kind];
  return kind ? `${district.nameEn} ${kind}` : district.nameEn;
}
