import type { DistrictRef } from "./plan.js";

/**
 * Parses the divisions CSV (code,name,name_en,kind,region) where region is "主城都市区-中心城区"
 * or a bare region such as "渝东北".
 */
export function parseDivisionsCsv(text: string): DistrictRef[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header?.trim() !== "code,name,name_en,kind,region")
    throw new Error(`unexpected divisions header: ${header}`);
  return lines.map((line, i) => {
    const [code, name, nameEn, kind, regionText] = line.split(",");
    if (!code || !/^\d{6}$/.test(code) || !name || !nameEn || !kind || !regionText) {
      throw new Error(`divisions line ${i + 2} is malformed: ${line}`);
    }
    const [region = regionText, subregion = null] = regionText.split("-");
    return { code, name, nameEn, kind, region, subregion };
  });
}
