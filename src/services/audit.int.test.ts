import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../store/db.js";
import { auditHead } from "../store/audit.js";
import { openTestDatabase, testContext, type TestDatabase } from "../testing/database.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { verifyAuditChain } from "./audit.js";
import { defaultSecurity } from "./context.js";
import { addUser, setLocked } from "./users.js";
import { loadReference } from "./seed.js";

let t: TestApp;
let auditor: Client;
beforeAll(async () => {
  t = await seededApp();
  auditor = await t.as("auditor");
});
afterAll(() => t.close());

/** What an intruder with database rights would do: switch off the append-only trigger first. */
async function asIntruder(database: TestDatabase, statement: ReturnType<typeof sql>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger user`);
  });
}

describe("the audit log", () => {
  it("records every mutation with who, when, what and before/after", async () => {
    const admin = await t.as("admin");
    const created = await admin({
      method: "POST",
      url: "/api/v1/publications",
      payload: { kind: "need", title: "算力需求", body: "需要 GPU 算力" },
    });
    const id = created.json<{ id: number }>().id;
    const [row] = await queryRows<{
      actor_username: string;
      client_ip: string;
      after: { title: string };
      action: string;
    }>(
      t.database.db,
      sql`select actor_username, client_ip, after, action from audit_log where entity_type = 'publication' and entity_id = ${String(id)}`,
    );
    expect(row).toMatchObject({
      actor_username: "admin",
      client_ip: "127.0.0.1",
      action: "publication.created",
      after: { title: "算力需求" },
    });
  });

  it("refuses updates and deletes of its rows", async () => {
    for (const statement of [
      sql`update audit_log set action = 'x' where seq = 1`,
      sql`delete from audit_log where seq = 1`,
    ]) {
      const err = (await t.database.db.execute(statement).catch((e: unknown) => e)) as Error & {
        cause?: Error;
      };
      expect(err).toBeInstanceOf(Error);
      expect(err.cause?.message).toMatch(/audit_log is append-only/);
    }
  });

  it("is readable and exportable by the auditor only", async () => {
    const page = await auditor({ method: "GET", url: "/api/v1/audit?limit=5" });
    expect(page.statusCode).toBe(200);
    const body = page.json<{ items: { seq: number }[]; nextBeforeSeq: number }>();
    expect(body.items).toHaveLength(5);
    expect(body.items[0]!.seq).toBeGreaterThan(body.items[4]!.seq);
    const next = await auditor({
      method: "GET",
      url: `/api/v1/audit?limit=5&beforeSeq=${body.nextBeforeSeq}`,
    });
    expect(next.json<{ items: { seq: number }[] }>().items[0]!.seq).toBe(body.items[4]!.seq - 1);
    for (const u of ["admin", "yubei"]) {
      const client = await t.as(u);
      expect((await client({ method: "GET", url: "/api/v1/audit" })).statusCode, u).toBe(403);
      expect((await client({ method: "GET", url: "/api/v1/audit/export?format=csv" })).statusCode, u).toBe(
        403,
      );
    }
  });

  it("exports as a real xlsx workbook and as CSV Excel opens in Chinese", async () => {
    const xlsx = await auditor({ method: "GET", url: "/api/v1/audit/export?format=xlsx&action=auth.login" });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("审计日志")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("序号 Seq");
    const actions = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) actions.add(row.getCell(6).text);
    });
    expect([...actions]).toEqual(["auth.login"]);
    expect(sheet.rowCount).toBeGreaterThan(3);

    const csv = await auditor({ method: "GET", url: "/api/v1/audit/export?format=csv" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.startsWith("\uFEFF序号 Seq,")).toBe(true);
    const exported = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'audit.exported'`,
    );
    expect(exported[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it("answers a bad filter with 400 naming it", async () => {
    const res = await auditor({ method: "GET", url: "/api/v1/audit?from=yesterday" });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe("from");
  });
});

describe("verifying the chain", () => {
  it("passes intact, then names the altered row, the deleted row and a deleted tail", async () => {
    const database = await openTestDatabase();
    try {
      const ctx = testContext(database);
      await loadReference(ctx);
      for (const name of ["重庆市测试局"]) {
        await database.db.execute(
          sql`insert into organisations (name, kind) values (${name}, 'government_department')`,
        );
      }
      for (let i = 1; i <= 6; i++) {
        await addUser(ctx, {
          username: `user${i}`,
          displayName: `用户${i}`,
          organisation: "重庆市测试局",
          roles: ["city_admin"],
          password: "Chongqing#2026",
        });
      }
      await setLocked(ctx, "user1", true);
      expect(await verifyAuditChain(ctx)).toEqual({ entries: 7, problem: null });

      await asIntruder(database, sql`update audit_log set after = '{"username":"mallory"}' where seq = 3`);
      expect((await verifyAuditChain(ctx)).problem).toEqual({ seq: 3, reason: "hash" });
      await asIntruder(database, sql`delete from audit_log where seq = 3`);
      expect((await verifyAuditChain(ctx)).problem).toEqual({ seq: 3, reason: "gap" });
    } finally {
      await database.close();
    }
  });

  it("catches entries removed from the end, and works with SM3", async () => {
    const database = await openTestDatabase();
    try {
      const ctx = {
        ...testContext(database),
        security: { ...defaultSecurity, auditAlgorithm: "sm3" as const },
      };
      await database.db.execute(
        sql`insert into organisations (name, kind) values ('重庆市测试局', 'government_department')`,
      );
      for (let i = 1; i <= 3; i++) {
        await addUser(ctx, {
          username: `user${i}`,
          displayName: `用户${i}`,
          organisation: "重庆市测试局",
          roles: ["owner"],
          password: "Chongqing#2026",
        });
      }
      const algorithms = await queryRows<{ algorithm: string }>(
        database.db,
        sql`select distinct algorithm from audit_log`,
      );
      expect(algorithms).toEqual([{ algorithm: "sm3" }]);
      expect((await verifyAuditChain(ctx)).problem).toBeNull();
      expect((await auditHead(database.db)).seq).toBe(3);
      await asIntruder(database, sql`delete from audit_log where seq = 3`);
      expect((await verifyAuditChain(ctx)).problem).toEqual({ seq: 3, reason: "head" });
    } finally {
      await database.close();
    }
  });
});
