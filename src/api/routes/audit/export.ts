import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { AuditEntryView } from "../../../services/audit.js";

const COLUMNS: [keyof AuditEntryView, string, number][] = [
  ["seq", "序号 Seq", 10],
  ["at", "时间 Time (UTC)", 26],
  ["actorUsername", "操作人 Actor", 18],
  ["actorOrganisationId", "单位 Org id", 10],
  ["clientIp", "来源地址 Client IP", 18],
  ["action", "操作 Action", 26],
  ["entityType", "对象类型 Entity", 14],
  ["entityId", "对象编号 Entity id", 12],
  ["outcome", "结果 Outcome", 10],
  ["before", "变更前 Before", 40],
  ["after", "变更后 After", 40],
  ["details", "说明 Details", 40],
  ["hash", "哈希 Hash", 66],
];

const cell = (value: unknown): string | number => {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string") return value;
  return JSON.stringify(value);
};

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Streams entries as CSV with a UTF-8 BOM, so Excel opens the Chinese text correctly. */
export function auditCsvStream(entries: AsyncIterable<AuditEntryView>): PassThrough {
  const out = new PassThrough();
  void (async () => {
    try {
      out.write("\uFEFF" + COLUMNS.map(([, title]) => csvField(title)).join(",") + "\r\n");
      for await (const e of entries)
        out.write(COLUMNS.map(([key]) => csvField(cell(e[key]))).join(",") + "\r\n");
      out.end();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}

/** Streams entries as an .xlsx workbook written row by row. */
export function auditXlsxStream(entries: AsyncIterable<AuditEntryView>): PassThrough {
  const out = new PassThrough();
  void (async () => {
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
      const sheet = workbook.addWorksheet("审计日志");
      sheet.columns = COLUMNS.map(([key, header, width]) => ({ key, header, width }));
      for await (const e of entries)
        sheet.addRow(Object.fromEntries(COLUMNS.map(([key]) => [key, cell(e[key])]))).commit();
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}
