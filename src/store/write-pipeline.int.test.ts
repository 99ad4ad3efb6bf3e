import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/database.js";
import { queryRows } from "./db.js";
import { WritePipeline } from "./write-pipeline.js";

const messageOf = (err: unknown) =>
  err instanceof Error
    ? `${err.message} ${err.cause instanceof Error ? err.cause.message : ""}`
    : String(err);

describe("WritePipeline", () => {
  it("runs statements and reads in the order sent, reports the first failure and runs nothing after it", async () => {
    const database = await openTestDatabase();
    try {
      await database.db.execute(sql`create table pipeline_probe (n int primary key)`);
      const found: { failure?: PromiseSettledResult<void>; ranAfter?: boolean } = {};
      const rollback = new Error("roll back");
      await database.db
        .transaction(async (tx) => {
          const pipeline = new WritePipeline(tx, 1);
          await pipeline.send([
            sql`insert into pipeline_probe values (1)`,
            sql`insert into pipeline_probe values (2)`,
          ]);
          const seen = await pipeline.run(() =>
            queryRows<{ n: number }>(tx, sql`select count(*)::int as n from pipeline_probe`),
          );
          expect(seen[0]?.n).toBe(2);
          // A second row 1 is refused by the primary key; what was sent behind it must not run.
          let ranAfter = false;
          await pipeline.send([sql`insert into pipeline_probe values (1)`]);
          const after = pipeline.run(() => {
            ranAfter = true;
            return Promise.resolve();
          });
          const [failure] = await Promise.allSettled([after, pipeline.drain()]);
          Object.assign(found, { failure, ranAfter });
          throw rollback;
        })
        .catch((err: unknown) => {
          if (err !== rollback) throw err;
        });
      expect(found.failure?.status).toBe("rejected");
      expect(messageOf((found.failure as PromiseRejectedResult).reason)).toMatch(
        /duplicate key|pipeline_probe_pkey/,
      );
      expect(found.ranAfter).toBe(false);
    } finally {
      await database.close();
    }
  });
});
