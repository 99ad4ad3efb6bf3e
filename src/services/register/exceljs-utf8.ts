import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";

/**
 * exceljs 4.4's streaming reader decodes each compressed chunk of a sheet's XML on its own, so a
 * Chinese character split across two chunks turns into "��" (exceljs/exceljs#2063, #2084; still
 * open). These wrappers hand its parser text decoded across chunk boundaries instead.
 */
interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

async function* decodedAcrossChunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Makes a streaming workbook reader decode multi-byte characters correctly. */
export function decodeUtf8AcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as Partial<ReaderInternals>;
  if (typeof internals._parseSharedStrings !== "function" || typeof internals._parseWorksheet !== "function")
    return;
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => parseSharedStrings(entry.setEncoding("utf8"));
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodedAcrossChunks(iterator), sheetNo);
}

/**
 * exceljs's streaming reader parses a sheet as soon as its zip entry arrives once it has the shared
 * strings and the workbook relations; when xl/workbook.xml comes later in the zip (exceljs's own
 * writer orders entries by chance) it then fails on the missing workbook model. Holding the
 * relations back until the model is known sends such sheets down the reader's own deferred path
 * (temporary files, parsed after all entries), which is correct in any entry order.
 */
export function deferSheetsUntilWorkbookKnown(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as { model?: unknown; workbookRels?: unknown };
  let relations: unknown = internals.workbookRels;
  Object.defineProperty(reader, "workbookRels", {
    configurable: true,
    get: () => (internals.model ? relations : undefined),
    set: (value: unknown) => {
      relations = value;
    },
  });
}
