import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readRegisterRows } from "./read.js";
import { writeRegisterXlsx } from "./write.js";
import { PassThrough } from "node:stream";
import { sampleRecords, YEARS } from "./test-fixtures.js";

/**
 * Rewrites a workbook as exceljs's own writer sometimes orders it: relations and shared strings
 * first, then the sheets, and xl/workbook.xml only after them.
 */
async function workbookLast(workbook: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbook as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const first = ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"].filter((n) => names.includes(n));
  const sheets = names.filter((n) => n.startsWith("xl/worksheets/"));
  const rest = names.filter((n) => !first.includes(n) && !sheets.includes(n) && n !== "xl/workbook.xml");
  const out = new JSZip();
  for (const name of [...first, ...sheets, ...rest, "xl/workbook.xml"])
    out.file(name, await zip.file(name)!.async("nodebuffer"));
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("reading a workbook whatever the order of its zip entries", () => {
  it("reads sheets that come before xl/workbook.xml, by their names", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await writeRegisterXlsx(sampleRecords(), out, { years: YEARS });
    out.end();
    const reordered = await workbookLast(Buffer.concat(chunks));
    const sheets = new Set<string>();
    let rows = 0;
    for await (const row of readRegisterRows({ format: "xlsx", file: reordered })) {
      sheets.add(row.sheet);
      if (row.kind === "projects") rows += 1;
    }
    expect([...sheets].sort()).toEqual(["资金来源", "项目"]);
    expect(rows).toBe(sampleRecords().length);
  });
});
