import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useCliDatabase } from "../../testing/cli.js";
import { pdfText, requireRenderingTools } from "../../testing/pdf-tools.js";

const cli = useCliDatabase();
const dir = mkdtempSync(join(tmpdir(), "newinfra-bulletin-cli-"));
beforeAll(async () => {
  requireRenderingTools();
  expect((await cli.run("seed", "--demo")).code).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newinfra bulletin", () => {
  it("writes the month's workbook and PDF and prints their paths", async () => {
    const out = join(dir, "city");
    const result = await cli.run("bulletin", "--month", "2021-06", "--out", out);
    expect(result.code, result.err).toBe(0);
    const paths = result.out.split("\n");
    expect(paths).toEqual([
      join(out, "调度通报-2021年6月-全市.xlsx"),
      join(out, "调度通报-2021年6月-全市.pdf"),
    ]);
    for (const path of paths) expect(existsSync(path)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(paths[0]!);
    expect(book.getWorksheet("概况")).toBeDefined();
    expect(pdfText(paths[1]!)).toContain("重庆市新型基础设施重大项目调度通报（2021年6月）");
  });

  it("renders a user's own scope with --as", async () => {
    const result = await cli.run(
      "bulletin",
      "--month",
      "2021-06",
      "--out",
      join(dir, "yubei"),
      "--as",
      "yubei",
    );
    expect(result.code, result.err).toBe(0);
    const pdf = result.out.split("\n").find((p) => p.endsWith(".pdf"))!;
    expect(pdf).toContain("渝北区");
    expect(pdfText(pdf)).toContain("范围：渝北区");
  });

  it("explains a bad month, a missing month and an unknown user", async () => {
    const bad = await cli.run("bulletin", "--month", "2021-13", "--out", dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("YYYY-MM");
    expect(bad.err).toContain("2021-13");
    const future = await cli.run("bulletin", "--month", "2999-01");
    expect(future.code).toBe(1);
    expect(future.err).toContain("未来月份");
    expect((await cli.run("bulletin")).code).toBe(2);
    const nobody = await cli.run("bulletin", "--month", "2021-06", "--as", "nobody", "--out", dir);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain("nobody");
  });
});
