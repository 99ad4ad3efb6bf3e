import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/database.js";
import { queryRows } from "./db.js";

describe("opening a database", () => {
  it("applies the migrations and works in Asia/Shanghai time", async () => {
    const database = await openTestDatabase();
    try {
      const [tz] = await queryRows<{ TimeZone: string }>(database.db, sql`show timezone`);
      expect(tz?.TimeZone).toBe("Asia/Shanghai");
      const tables = await queryRows<{ table_name: string }>(
        database.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining([
          "plans",
          "specials",
          "districts",
          "district_regions",
          "projects",
          "progress_reports",
        ]),
      );
    } finally {
      await database.close();
    }
  });
});
