import type { bulletinZh } from "./bulletin-zh.js";

/** English text of the monthly dispatch bulletin page. */
export const bulletinEn: Record<keyof typeof bulletinZh, string> = {
  "nav.bulletin": "Dispatch bulletin",
  "bulletin.title": "Dispatch bulletin",
  "bulletin.subtitle":
    "The month's dispatch bulletin of the projects in your scope, as an Excel workbook or a printable PDF (in Chinese)",
  "bulletin.month": "Month",
  "bulletin.downloadPdf": "Download PDF",
  "bulletin.downloadXlsx": "Download Excel",
  "bulletin.hint":
    "The server draws the bulletin with its charts in a few seconds. The PDF embeds its Chinese fonts and prints on A4.",
  "bulletin.failed": "The bulletin could not be made",
  "bulletin.saved": "Downloaded: {name}",
  "bulletin.contentsTitle": "What the bulletin holds",
  "bulletin.contentOverview":
    "Overview: projects, investment, starts, reporting, warnings and problems, with charts",
  "bulletin.contentSectors": "Progress by sector",
  "bulletin.contentDistricts": "District ranking by completion rate and start rate",
  "bulletin.contentRedFlags": "Red-flag projects and their reasons",
  "bulletin.contentProblems": "Open and overdue coordination problems",
  "bulletin.contentIndicators": "Progress of the plan's indicators",
};
