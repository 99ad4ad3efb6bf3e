import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../store/db.js";
import { openTestDatabase, testContext, type TestDatabase } from "../testing/database.js";
import { defaultSecurity, type ServiceContext } from "./context.js";
import { openField, parseSm4Key, sealField } from "./field-crypto.js";
import { findUserById } from "../store/accounts.js";
import { addUser } from "./users.js";

const key = parseSm4Key("0123456789abcdeffedcba9876543210");
let database: TestDatabase;
let ctx: ServiceContext;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { ...testContext(database), security: { ...defaultSecurity, fieldKey: key } };
  await database.db.execute(
    sql`insert into organisations (name, kind) values ('重庆市测试局', 'government_department')`,
  );
});
afterAll(() => database.close());

describe("SM4 sealing of sensitive fields", () => {
  it("matches the GB/T 32907 test vector", async () => {
    const { createCipheriv } = await import("node:crypto");
    const cipher = createCipheriv(
      "sm4-ecb",
      Buffer.from("0123456789abcdeffedcba9876543210", "hex"),
      null,
    ).setAutoPadding(false);
    const out = Buffer.concat([
      cipher.update(Buffer.from("0123456789abcdeffedcba9876543210", "hex")),
      cipher.final(),
    ]);
    expect(out.toString("hex")).toBe("681edf34d206965e86b3e94f536e4246");
  });

  it("stores a contact phone sealed and reads it back, with a fresh IV each time", async () => {
    const { userId } = await addUser(ctx, {
      username: "contact1",
      displayName: "联系人",
      organisation: "重庆市测试局",
      roles: ["owner"],
      password: "Chongqing#2026",
      phone: "023-63899999",
    });
    const [row] = await queryRows<{ phone: string }>(
      database.db,
      sql`select phone from users where id = ${userId}`,
    );
    expect(row!.phone).toMatch(/^sm4:[0-9a-f]{32}:/);
    expect(row!.phone).not.toContain("63899999");
    expect(openField(key, (await findUserById(database.db, userId))!.phone)).toBe("023-63899999");
    expect(sealField(key, "023-63899999")).not.toBe(sealField(key, "023-63899999"));
  });

  it("refuses to open a sealed value without the key, and rejects a malformed key", () => {
    expect(() => openField(null, sealField(key, "x"))).toThrow(/NEWINFRA_SM4_KEY/);
    expect(() => parseSm4Key("short")).toThrow(/32 hexadecimal/);
  });

  it("names the phone field when it is not a phone number", async () => {
    await expect(
      addUser(ctx, {
        username: "contact2",
        displayName: "联系人",
        organisation: "重庆市测试局",
        roles: ["owner"],
        password: "Chongqing#2026",
        phone: "call me",
      }),
    ).rejects.toMatchObject({ field: "phone", status: 400 });
  });
});
