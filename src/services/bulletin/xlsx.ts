import ExcelJS from "exceljs";
import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import { bulletinTitle } from "../../domain/dispatch/bulletin-text.js";
import type { ChartImage } from "./chart-images.js";
import { overviewSheet } from "./xlsx-overview.js";
import { districtSheet, indicatorSheet, problemSheet, redFlagSheet, sectorSheet } from "./xlsx-sheets.js";

/** The bulletin workbook: 概况 (with the charts), 分行业, 区县排名, 红灯项目, 问题协调, 指标进度. */
export async function renderBulletinXlsx(data: BulletinData, images: readonly ChartImage[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "newinfra";
  book.title = bulletinTitle(data.month);
  book.subject = data.scopeWords;
  overviewSheet(book, data, images);
  sectorSheet(book, data);
  districtSheet(book, data);
  redFlagSheet(book, data);
  problemSheet(book, data);
  indicatorSheet(book, data);
  return Buffer.from(await book.xlsx.writeBuffer());
}
