import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { AppError } from "../../domain/errors.js";
import { STAGES } from "../../domain/lifecycle.js";
import { importUpload, type ImportFormat } from "../../services/imports.js";
import { exportOc4ids, openCsvExport, openXlsxExport } from "../../services/project-export.js";
import { importReport } from "../../services/project-import.js";
import { USAGE, withDatabase } from "../runtime.js";

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  ".xlsx": "xlsx",
  ".csv": "csv",
  ".json": "oc4ids",
};

/** newinfra import FILE: all or nothing; on problems, lists them and writes FILE.errors.xlsx for workbooks. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "fallback-special": { type: "string" },
      "fallback-district": { type: "string" },
      "accept-foreign-currency": { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  const format = file ? FORMAT_BY_EXTENSION[extname(file).toLowerCase()] : undefined;
  if (!file || !format) {
    console.error(
      `请给出 .xlsx、.csv 或 .json（OC4IDS）文件 / give an .xlsx, .csv or .json file\n\n${USAGE}`,
    );
    return 2;
  }
  return withDatabase(async (ctx) => {
    try {
      const outcome = await importUpload(ctx, {
        format,
        body: readFileSync(file),
        fileName: basename(file),
        fallback: {
          ...(values["fallback-special"] ? { specialCode: values["fallback-special"] } : {}),
          ...(values["fallback-district"] ? { districtCode: values["fallback-district"] } : {}),
        },
        acceptForeignCurrency: values["accept-foreign-currency"],
      });
      console.log(
        `导入完成：新增 ${outcome.created} 个，更新 ${outcome.updated} 个项目 / imported: ${outcome.created} created, ${outcome.updated} updated`,
      );
      for (const note of outcome.notes) console.log(`  注 / note: ${note}`);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "import_failed") throw err;
      const problems = err.extra?.problems ?? [];
      console.error(`${err.messageZh}\n`);
      for (const p of problems.slice(0, 50))
        console.error(`  ${p.sheet} 第${p.row}行 ${p.column}「${p.value}」：${p.reason} / ${p.reasonEn}`);
      if (problems.length > 50)
        console.error(`  ……另有 ${problems.length - 50} 处 / ${problems.length - 50} more`);
      if (err.extra?.reportId) {
        const report = await importReport(ctx, err.extra.reportId);
        if (report.marked) {
          const out = `${file.replace(/\.xlsx$/i, "")}.errors.xlsx`;
          writeFileSync(out, report.marked);
          console.error(`\n已标注问题单元格：${out} / bad cells marked in ${out}`);
        }
      }
      return 1;
    }
  });
}

/** newinfra export --format xlsx|csv|oc4ids [--out FILE] [--district C --special C --sector C --stage S --level L --region R] */
export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "xlsx" },
      out: { type: "string" },
      district: { type: "string" },
      special: { type: "string" },
      sector: { type: "string" },
      stage: { type: "string" },
      level: { type: "string" },
      region: { type: "string" },
    },
  });
  const format = values.format;
  if (format !== "xlsx" && format !== "csv" && format !== "oc4ids") {
    console.error(`--format 须为 xlsx、csv 或 oc4ids / --format must be xlsx, csv or oc4ids\n\n${USAGE}`);
    return 2;
  }
  if (values.stage && !(STAGES as readonly string[]).includes(values.stage)) {
    console.error(`--stage 须为 ${STAGES.join("|")}`);
    return 2;
  }
  const filters = {
    district: values.district,
    special: values.special,
    sector: values.sector,
    stage: values.stage as (typeof STAGES)[number] | undefined,
    level: values.level as "national" | "municipal" | "district" | undefined,
    region: values.region,
  };
  const out = values.out ?? `newinfra-export.${format === "oc4ids" ? "json" : format}`;
  return withDatabase(async (ctx) => {
    if (format === "oc4ids") {
      writeFileSync(out, JSON.stringify(await exportOc4ids(ctx, filters, `file://${out}`), null, 2));
    } else if (format === "xlsx") {
      const write = await openXlsxExport(ctx, filters);
      const stream = createWriteStream(out);
      await write(stream);
      await finished(stream);
    } else {
      const fundingOut = out.replace(/\.csv$/i, "") + "-funding.csv";
      const write = await openCsvExport(ctx, filters);
      const projects = createWriteStream(out);
      const funding = createWriteStream(fundingOut);
      await write({ projects, funding });
      projects.end();
      funding.end();
      await Promise.all([finished(projects), finished(funding)]);
      console.log(`资金来源 / funding: ${fundingOut}`);
    }
    console.log(`已导出 / exported: ${out}`);
    return 0;
  });
}
