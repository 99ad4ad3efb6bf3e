import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { useCliDatabase } from "../../testing/cli.js";

const cli = useCliDatabase();
const dir = mkdtempSync(join(tmpdir(), "newinfra-transfer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newinfra export and import", () => {
  it("exports the library as xlsx, csv and OC4IDS, filtered", async () => {
    expect((await cli.run("seed", "--demo")).code).toBe(0);
    const xlsx = join(dir, "library.xlsx");
    expect((await cli.run("export", "--format", "xlsx", "--out", xlsx)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet("项目")!.actualRowCount).toBe(376);

    const csv = join(dir, "yubei.csv");
    const result = await cli.run("export", "--format", "csv", "--district", "500112", "--out", csv);
    expect(result.code).toBe(0);
    expect(readFileSync(csv, "utf8").startsWith("\uFEFF")).toBe(true);
    expect(existsSync(join(dir, "yubei-funding.csv"))).toBe(true);

    const json = join(dir, "net.json");
    expect((await cli.run("export", "--format", "oc4ids", "--special", "NET-1", "--out", json)).code).toBe(0);
    expect((JSON.parse(readFileSync(json, "utf8")) as { projects: unknown[] }).projects).toHaveLength(4);
  });

  it("imports the exported workbook back as updates", async () => {
    const result = await cli.run("import", join(dir, "library.xlsx"));
    expect(result.code).toBe(0);
    expect(result.out).toContain("更新 375 个项目");
  });

  it("stores nothing from a workbook with a bad cell, lists it and writes a marked copy", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "library.xlsx"));
    const sheet = book.getWorksheet("项目")!;
    const column = (sheet.getRow(1).values as unknown[]).findIndex((h) => String(h).startsWith("总投资"));
    sheet.getRow(10).getCell(column).value = "很多";
    const broken = join(dir, "broken.xlsx");
    await book.xlsx.writeFile(broken);
    const result = await cli.run("import", broken);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/项目 第10行 总投资/);
    expect(existsSync(join(dir, "broken.errors.xlsx"))).toBe(true);
  });

  it("refuses files it cannot read by their extension", async () => {
    expect((await cli.run("import", join(dir, "photo.png"))).code).toBe(2);
    expect((await cli.run("export", "--format", "pdf")).code).toBe(2);
  });
});
