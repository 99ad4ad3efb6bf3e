import type { BulletinData } from "../../domain/dispatch/bulletin.js";

export const BULLETIN_FORMATS = ["xlsx", "pdf"] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

export const CONTENT_TYPES: Record<BulletinFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * Renders the bulletin in the formats asked, sharing one Chromium for the charts and the print.
 * Playwright and ECharts are loaded with the first bulletin, not when the server starts (about 80 MB
 * that a server printing none need not hold).
 */
export async function renderBulletin(
  data: BulletinData,
  formats: readonly BulletinFormat[],
): Promise<Partial<Record<BulletinFormat, Buffer>>> {
  const [
    { chartImages },
    { bulletinCharts },
    { withChromium },
    { renderBulletinPdf },
    { renderBulletinXlsx },
  ] = await Promise.all([
    import("./chart-images.js"),
    import("./charts.js"),
    import("./chromium.js"),
    import("./pdf.js"),
    import("./xlsx.js"),
  ]);
  const charts = bulletinCharts(data);
  return withChromium(async (context) => {
    const out: Partial<Record<BulletinFormat, Buffer>> = {};
    if (formats.includes("xlsx"))
      out.xlsx = await renderBulletinXlsx(data, await chartImages(context, charts));
    if (formats.includes("pdf")) out.pdf = await renderBulletinPdf(context, data, charts);
    return out;
  });
}
