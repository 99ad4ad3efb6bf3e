import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { ProjectRecord } from "../domain/project-record.js";
import { queryRows } from "../store/db.js";
import { referenceFolder } from "../store/paths.js";
import { openTestDatabase, testContext, type TestDatabase } from "../testing/database.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { validateOc4idsPackage } from "./oc4ids/schema.js";
import { exportOc4ids, openXlsxExport } from "./project-export.js";
import { registerLookups } from "./project-import.js";
import { parseRegister } from "./register/parse.js";
import { buildRecord } from "./register/test-fixtures.js";
import { writeRegisterCsv } from "./register/write.js";
import { loadReference } from "./seed.js";
import { importUpload } from "./imports.js";
import type { ServiceContext } from "./context.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function exportWorkbook(ctx: ServiceContext): Promise<Buffer> {
  const write = await openXlsxExport(ctx, {});
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await write(out);
  out.end();
  return Buffer.concat(chunks);
}

async function readBack(ctx: ServiceContext, workbook: Buffer): Promise<Omit<ProjectRecord, "id">[]> {
  const { PassThrough: P } = await import("node:stream");
  const stream = new P();
  stream.end(workbook);
  const parsed = await parseRegister({ format: "xlsx", file: stream }, await registerLookups(ctx));
  expect(parsed.problems).toEqual([]);
  return parsed.records.map(({ id: _id, ...rest }) => rest);
}

const count = async (db: TestDatabase, table: string) =>
  (await queryRows<{ n: number }>(db.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

describe("the register round trip", () => {
  let source: TestApp;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await seededApp();
    target = await openTestDatabase();
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it("exports the demo library, imports it into an empty database, and exports the same content again", async () => {
    const sourceCtx = testContext(source.database);
    const first = await exportWorkbook(sourceCtx);
    const targetCtx = testContext(target);
    await loadReference(targetCtx);
    const outcome = await importUpload(targetCtx, { format: "xlsx", body: first, fileName: "demo.xlsx" });
    expect(outcome).toMatchObject({ created: 375, updated: 0 });
    const second = await exportWorkbook(targetCtx);
    const [a, b] = [await readBack(sourceCtx, first), await readBack(targetCtx, second)];
    expect(a).toHaveLength(375);
    expect(b).toEqual(a);
    expect(await count(target, "project_funding")).toBe(await count(source.database, "project_funding"));

    const again = await importUpload(targetCtx, { format: "xlsx", body: second, fileName: "again.xlsx" });
    expect(again).toMatchObject({ created: 0, updated: 375 });
    expect(await count(target, "projects")).toBe(375);
  });
});

describe("the OC4IDS round trip", () => {
  let source: TestApp;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await seededApp();
    target = await openTestDatabase();
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it("exports the demo library as a package, imports it into an empty database, and exports the same projects again", async () => {
    const first = await exportOc4ids(testContext(source.database), {}, "urn:test");
    const targetCtx = testContext(target);
    await loadReference(targetCtx);
    const outcome = await importUpload(targetCtx, {
      format: "oc4ids",
      body: Buffer.from(JSON.stringify(first)),
      fileName: "demo.json",
    });
    expect(outcome).toMatchObject({ created: 375, updated: 0 });
    const second = await exportOc4ids(targetCtx, {}, "urn:test");
    expect(second.projects).toHaveLength(375);
    expect(second.projects).toEqual(first.projects);
    expect(validateOc4idsPackage(second, { strict: true }).errors).toEqual([]);
  });
});

describe("imports over HTTP", () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await seededApp();
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  it("stores nothing from a workbook with one bad cell, names that cell, and offers the marked copy", async () => {
    const exported = await admin({
      method: "GET",
      url: "/api/v1/projects/export?format=xlsx&district=500112",
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("项目")!;
    const header = sheet.getRow(1).values as unknown[];
    const districtColumn = header.findIndex((h) => String(h).startsWith("区县代码"));
    const nameColumn = header.findIndex((h) => String(h).startsWith("项目名称"));
    sheet.getRow(4).getCell(districtColumn).value = "999999";
    sheet.getRow(5).getCell(nameColumn).value = "改名后的项目";
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await queryRows<{ v: number }>(
      t.database.db,
      sql`select sum(version)::int as v from projects`,
    );

    const res = await admin({
      method: "POST",
      url: "/api/v1/imports",
      headers: { "content-type": XLSX, "x-file-name": encodeURIComponent("渝北.xlsx") },
      payload: edited,
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<ApiError>();
    expect(body.problems).toEqual([expect.objectContaining({ sheet: "项目", row: 4, value: "999999" })]);
    expect(body.problems![0]!.column).toMatch(/^区县代码/);
    const after = await queryRows<{ v: number }>(
      t.database.db,
      sql`select sum(version)::int as v from projects`,
    );
    expect(after).toEqual(before);

    const marked = await admin({ method: "GET", url: `/api/v1/imports/${body.reportId}/marked.xlsx` });
    expect(marked.statusCode).toBe(200);
    const markedBook = new ExcelJS.Workbook();
    await markedBook.xlsx.load(marked.rawPayload as unknown as ArrayBuffer);
    expect(markedBook.getWorksheet("错误清单")).toBeDefined();
    const other = await t.as("owner1");
    expect(
      (await other({ method: "GET", url: `/api/v1/imports/${body.reportId}/marked.xlsx` })).statusCode,
    ).toBe(404);
  });

  it("imports an edited workbook, updating the matched projects and auditing each", async () => {
    const exported = await admin({ method: "GET", url: "/api/v1/projects/export?format=xlsx&special=NET-2" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("项目")!;
    const nameColumn = (sheet.getRow(1).values as unknown[]).findIndex((h) =>
      String(h).startsWith("项目名称"),
    );
    sheet.getRow(2).getCell(nameColumn).value = "国家级互联网骨干直联点扩容工程（更名）";
    const res = await admin({
      method: "POST",
      url: "/api/v1/imports",
      headers: { "content-type": XLSX },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ created: number; updated: number }>()).toMatchObject({ created: 0, updated: 7 });
    const renamed = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from projects where name = '国家级互联网骨干直联点扩容工程（更名）'`,
    );
    expect(renamed[0]!.n).toBe(1);
    const audited = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'project.imported'`,
    );
    expect(audited[0]!.n).toBe(7);
  });

  it("refuses an unknown file type and readers, naming why", async () => {
    const res = await admin({
      method: "POST",
      url: "/api/v1/imports",
      headers: { "content-type": "image/png" },
      payload: Buffer.from("x"),
    });
    expect(res.statusCode).toBe(415);
    const district = await t.as("yubei");
    expect(
      (
        await district({
          method: "POST",
          url: "/api/v1/imports",
          headers: { "content-type": "text/csv" },
          payload: Buffer.from("a,b\n"),
        })
      ).statusCode,
    ).toBe(403);
  });

  it("publishes the caller's scope as an OC4IDS package that passes the official schema, strict", async () => {
    const yubei = await t.as("yubei");
    const res = await yubei({ method: "GET", url: "/api/v1/projects.oc4ids.json" });
    expect(res.statusCode).toBe(200);
    const pkg = res.json<{ projects: { locations: { address: { locality: string } }[] }[] }>();
    expect(pkg.projects.length).toBeGreaterThan(0);
    expect(pkg.projects.every((p) => p.locations[0]!.address.locality === "渝北区")).toBe(true);
    const strict = validateOc4idsPackage(pkg, { strict: true });
    expect(strict.errors).toEqual([]);
    expect(strict.valid).toBe(true);
  });

  it("imports the standard's own example package into the library", async () => {
    const example = readFileSync(join(referenceFolder(), "oc4ids", "example-package.json"));
    const refused = await admin({
      method: "POST",
      url: "/api/v1/imports",
      headers: { "content-type": "application/json" },
      payload: example,
    });
    expect(refused.statusCode).toBe(422);
    const res = await admin({
      method: "POST",
      url: "/api/v1/imports?fallbackSpecial=APP-3&fallbackDistrict=500112&fallbackLevel=municipal&acceptForeignCurrency=true",
      headers: { "content-type": "application/json" },
      payload: example,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ created: number; notes: string[] }>()).toMatchObject({ created: 1 });
    const [row] = await queryRows<{ name: string; total: string }>(
      t.database.db,
      sql`select name, total_investment_fen::text as total from projects where name like 'M75%'`,
    );
    expect(row).toEqual({ name: "M75 Junctions 4 to 5 upgrade smart motorway", total: "4000000000" });
  });
});

describe("large registers, written as they are read", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await seededApp();
  });
  afterAll(() => app.close());

  /** A CSV register of `n` new projects (no codes, so all are created), the last one possibly bad. */
  async function csvOf(n: number, lastDistrict = "500112"): Promise<Buffer> {
    const records = Array.from({ length: n }, (_, i) =>
      buildRecord({
        id: null,
        code: null,
        name: `批量导入测试项目${i + 1}`,
        districtCode: i === n - 1 ? lastDistrict : "500112",
      }),
    );
    const projects = new PassThrough();
    const chunks: Buffer[] = [];
    projects.on("data", (c: Buffer) => chunks.push(c));
    const funding = new PassThrough();
    funding.resume();
    await writeRegisterCsv(records, { projects, funding }, { years: [2020, 2021, 2022] });
    return Buffer.concat(chunks);
  }

  it("rolls back batches already written when a later row is bad, and stores every row when none is", async () => {
    const ctx = testContext(app.database);
    const before = {
      projects: await count(app.database, "projects"),
      audit: await count(app.database, "audit_log"),
      plans: await count(app.database, "project_annual_plans"),
    };
    // 2 500 rows: two batches of 1 000 go to the database before row 2 501 turns out bad.
    const bad = await importUpload(ctx, {
      format: "csv",
      body: await csvOf(2500, "500999"),
      fileName: "bad.csv",
    })
      .then(() => null)
      .catch((err: unknown) => err as { status: number; extra: { problems: { row: number }[] } });
    expect(bad?.status).toBe(422);
    expect(bad?.extra.problems.map((p) => p.row)).toEqual([2501]);
    expect(await count(app.database, "projects")).toBe(before.projects);
    expect(await count(app.database, "audit_log")).toBe(before.audit);
    expect(await count(app.database, "project_annual_plans")).toBe(before.plans);

    const outcome = await importUpload(ctx, { format: "csv", body: await csvOf(2500), fileName: "good.csv" });
    expect(outcome).toMatchObject({ created: 2500, updated: 0 });
    expect(await count(app.database, "projects")).toBe(before.projects + 2500);
    const [audited] = await queryRows<{ n: number; ids: number }>(
      app.database.db,
      sql`select count(*)::int as n, count(distinct a.entity_id)::int as ids from audit_log a
          join projects p on p.id::text = a.entity_id
          where a.action = 'project.imported' and p.name like '批量导入测试项目%'`,
    );
    expect(audited).toEqual({ n: 2500, ids: 2500 });
    const [plans] = await queryRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::int as n from project_annual_plans l join projects p on p.id = l.project_id
          where p.name like '批量导入测试项目%'`,
    );
    expect(plans?.n).toBe(2500 * buildRecord().annualPlans.length);
  });
});
