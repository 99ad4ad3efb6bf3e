import type ExcelJS from "exceljs";
import type { BulletinData } from "../../domain/dispatch/bulletin.js";
import {
  bulletinTitle,
  bulletinByline,
  periodWords,
  summaryParagraphs,
} from "../../domain/dispatch/bulletin-text.js";
import type { ChartImage } from "./chart-images.js";
import { SHEETS } from "./xlsx-sheets.js";
import { integer, pct, printSetup, wan, writeCell, type XlsxCell } from "./xlsx-table.js";

const WIDTHS = [30, 18, 10, 12, 12, 12];
const SPAN = WIDTHS.length;
/** Pixels per default row, for placing the charts one below the other. */
const ROW_PX = 20;
/** Characters of Chinese text per merged summary line, to size its row. */
const CHARS_PER_LINE = 44;

/** The key figures, each with its unit, in the order the summary tells them. */
export function overviewFigures(data: BulletinData): [string, XlsxCell, string][] {
  const t = data.totals;
  const m = Number(data.month.slice(5, 7));
  const r = data.reporting.totals;
  return [
    ["项目数", integer(t.projects), "个"],
    ["总投资", wan(t.totalFen), "万元"],
    ["年度计划投资", wan(t.plannedFen), "万元"],
    [`${m}月完成投资`, wan(t.monthFen), "万元"],
    [`${periodWords(data.month)}完成投资`, wan(t.yearToDateFen), "万元"],
    ["年度投资完成率", pct(t.completionRate), "%"],
    ["开工以来累计完成投资", wan(t.cumulativeFen), "万元"],
    ["年内计划开工项目", integer(t.startsPlannedYear), "个"],
    [`截至${m}月应开工`, integer(t.startsDue), "个"],
    ["已开工", integer(t.started), "个"],
    ["开工率", pct(t.startRate), "%"],
    ["应报月报", integer(r.due), "个"],
    ["按时报送", integer(r.onTime), "个"],
    ["迟报", integer(r.late), "个"],
    ["未报", integer(r.missing), "个"],
    ["红灯项目", integer(t.red), "个"],
    ["黄灯项目", integer(t.yellow), "个"],
    ["绿灯项目", integer(t.green), "个"],
    ["未办结协调问题", integer(data.problems.open), "个"],
    ["其中逾期", integer(data.problems.overdue), "个"],
  ];
}

function mergedLine(sheet: ExcelJS.Worksheet, text: string, style: Partial<ExcelJS.Style>): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, SPAN);
  const cell = row.getCell(1);
  cell.font = style.font ?? {};
  cell.alignment = style.alignment ?? { wrapText: true, vertical: "top" };
  return row;
}

/** 概况: title, scope, the summary in words, the key figures, and the charts as pictures below them. */
export function overviewSheet(
  book: ExcelJS.Workbook,
  data: BulletinData,
  images: readonly ChartImage[],
): void {
  const sheet = book.addWorksheet(SHEETS.overview, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = mergedLine(sheet, bulletinTitle(data.month), {
    font: { bold: true, size: 15 },
    alignment: { horizontal: "center", vertical: "middle" },
  });
  title.height = 30;
  mergedLine(sheet, bulletinByline(data), {
    font: { color: { argb: "FF595959" } },
    alignment: { horizontal: "center" },
  });
  for (const paragraph of summaryParagraphs(data)) {
    const row = mergedLine(sheet, paragraph, {});
    row.height = Math.ceil(paragraph.length / CHARS_PER_LINE) * 16 + 4;
  }
  sheet.addRow([]);
  const header = sheet.addRow(["指标", "数值", "单位"]);
  header.font = { bold: true };
  for (const [name, value, unit] of overviewFigures(data)) {
    const row = sheet.addRow([name]);
    writeCell(row.getCell(2), value);
    row.getCell(3).value = unit;
  }

  let row = sheet.rowCount + 1;
  for (const { chart, png } of images) {
    const imageId = book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    sheet.addImage(imageId, { tl: { col: 0, row }, ext: { width: chart.width, height: chart.height } });
    row += Math.ceil(chart.height / ROW_PX) + 1;
  }
  printSetup(sheet, { landscape: false });
}
