import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db.js";
import * as t from "./schema.js";

describe("the embedded database", () => {
  it("keeps its data in the data folder across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newinfra-db-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.db
        .insert(t.districts)
        .values({ code: "500112", name: "渝北区", nameEn: "Yubei", kind: "区" });
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      const rows = await second.db.select().from(t.districts);
      expect(rows).toEqual([{ code: "500112", name: "渝北区", nameEn: "Yubei", kind: "区" }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
