import type { BrowserContext } from "playwright-core";
import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import { bulletinTitle } from "../../domain/dispatch/bulletin-text.js";
import type { BulletinChart } from "./charts.js";
import { bulletinHtml, footerTemplate } from "./html.js";

/**
 * Prints the bulletin to an A4 PDF. Chromium embeds the subset of the CJK font the text uses, so the
 * file reads the same on a machine without Chinese fonts.
 */
export async function renderBulletinPdf(
  context: BrowserContext,
  data: BulletinData,
  charts: readonly BulletinChart[],
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(bulletinHtml(data, charts), { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footerTemplate(bulletinTitle(data.month)),
      margin: { top: "16mm", bottom: "18mm", left: "15mm", right: "15mm" },
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}
