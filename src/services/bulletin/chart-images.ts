import type { BrowserContext } from "playwright-core";
import { CHART_FONT, type BulletinChart } from "./charts.js";

export interface ChartImage {
  chart: BulletinChart;
  /** PNG at twice the chart's CSS size, for a sharp print. */
  png: Buffer;
}

/** Screenshots each chart's SVG as a PNG, for the workbook (Excel shows no SVG reliably). */
export async function chartImages(
  context: BrowserContext,
  charts: readonly BulletinChart[],
): Promise<ChartImage[]> {
  const page = await context.newPage();
  try {
    const body = charts
      .map((c, i) => `<div id="chart-${i}" style="width:${c.width}px;height:${c.height}px">${c.svg}</div>`)
      .join("");
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff;font-family:"${CHART_FONT}"}svg{display:block}</style></head><body>${body}</body></html>`,
      { waitUntil: "load" },
    );
    const images: ChartImage[] = [];
    for (const [i, chart] of charts.entries())
      images.push({ chart, png: await page.locator(`#chart-${i}`).screenshot({ type: "png" }) });
    return images;
  } finally {
    await page.close();
  }
}
