import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import { chartImages } from "./chart-images.js";
import { bulletinCharts } from "./charts.js";
import { withChromium } from "./chromium.js";
import { renderBulletinPdf } from "./pdf.js";
import { renderBulletinXlsx } from "./xlsx.js";

export const BULLETIN_FORMATS = ["xlsx", "pdf"] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

export const CONTENT_TYPES: Record<BulletinFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** Renders the bulletin in the formats asked, sharing one Chromium for the charts and the print. */
export async function renderBulletin(
  data: BulletinData,
  formats: readonly BulletinFormat[],
): Promise<Partial<Record<BulletinFormat, Buffer>>> {
  const charts = bulletinCharts(data);
  return withChromium(async (context) => {
    const out: Partial<Record<BulletinFormat, Buffer>> = {};
    if (formats.includes("xlsx"))
      out.xlsx = await renderBulletinXlsx(data, await chartImages(context, charts));
    if (formats.includes("pdf")) out.pdf = await renderBulletinPdf(context, data, charts);
    return out;
  });
}
