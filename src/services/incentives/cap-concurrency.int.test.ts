import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { Application, Ledger } from "../../domain/contracts/incentives.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { evidenceOf, reviewableProject } from "../../testing/incentives.js";

/**
 * 200 reviewed P1-11 applications of one applicant approved at the same moment against the clause's
 * cumulative cap of 30万元 per applicant: the ledger never passes the cap, and exactly the approvals
 * that fit succeed. Runs on each engine (on PostgreSQL the approvals really overlap on a pool of 20).
 */
const CAP_FEN = 30_000_000n;
const APPLICATIONS = 200;

let t: TestApp;
let admin: Client;
let owner: Client;
let projectId: number;
let applicantId: number;
/** Each application's id and the amount the city approves: the whole 30% of its fees. */
const planned: { id: number; amountFen: bigint }[] = [];

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

beforeAll(async () => {
  t = await seededApp();
  const [yubei, dept] = await Promise.all([t.as("yubei"), t.as("dept")]);
  [admin, owner] = await Promise.all([t.as("admin"), t.as("owner1")]);
  projectId = await reviewableProject(t, admin, "超算资源开放补助并发测试");
  const [row] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select owner_id as id from projects where id = ${projectId}`,
  );
  applicantId = row!.id;
  const indexes = Array.from({ length: APPLICATIONS }, (_, i) => i);
  await inBatches(indexes, 20, async (i) => {
    // Fees of 5万 to 35万元: awards of 1.5万 to 10.5万元, so the order decides which ones fit.
    const feesFen = BigInt((i % 7) + 1) * 5_000_000n;
    const res = await owner({
      method: "POST",
      url: "/api/v1/incentives/applications",
      payload: {
        clause: "P1-11",
        projectId,
        applicantIsSme: true,
        baseFen: feesFen.toString(),
        evidence: [evidenceOf(`使用费发票-${i}`)],
      },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    const id = res.json<Application>().id;
    for (const reviewer of [yubei, dept]) {
      const r = await reviewer({
        method: "POST",
        url: `/api/v1/incentives/applications/${id}/reviews`,
        payload: { decision: "accepted" },
      });
      if (r.statusCode !== 200) throw new Error(r.body);
    }
    planned.push({ id, amountFen: (feesFen * 3n) / 10n });
  });
}, 600_000);
afterAll(() => t.close());

describe("a cumulative cap under concurrent approvals", () => {
  it(`approves ${APPLICATIONS} applications at once without ever passing 30万元`, async () => {
    const results = await Promise.all(
      planned.map(async (p) => {
        const res = await admin({
          method: "POST",
          url: `/api/v1/incentives/applications/${p.id}/decision`,
          payload: { decision: "approved", amountFen: p.amountFen.toString() },
        });
        return { ...p, status: res.statusCode, body: res.body };
      }),
    );
    const approved = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 409);
    expect(approved.length + refused.length, "every answer is 200 or 409").toBe(APPLICATIONS);
    expect(approved.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);

    const total = approved.reduce((s, r) => s + r.amountFen, 0n);
    expect(total <= CAP_FEN).toBe(true);
    // Exactly the approvals that fit: each refused one would still not fit in what is left at the end.
    for (const r of refused) {
      expect(
        r.amountFen > CAP_FEN - total,
        `refused ${r.amountFen} although ${CAP_FEN - total} was left`,
      ).toBe(true);
      const error = (JSON.parse(r.body) as ApiError).error;
      expect(error.code).toBe("cap_exceeded");
      expect(error.message).toContain("P1-11同一单位累计最高30万元");
      expect(error.messageEn).toContain("cumulative cap of CNY 300,000.00");
    }

    const [db] = await queryRows<{ awards: number; sum: string; balance: string; approved: number }>(
      t.database.db,
      sql`select (select count(*) from incentive_awards where applicant_id = ${applicantId})::int as awards,
                 (select coalesce(sum(amount_fen), 0)::text from incentive_awards where applicant_id = ${applicantId}) as sum,
                 (select awarded_fen::text from incentive_balances where applicant_id = ${applicantId} and clause_code = 'P1-11') as balance,
                 (select count(*) from incentive_applications where applicant_id = ${applicantId} and status = 'approved')::int as approved`,
    );
    expect(db).toEqual({
      awards: approved.length,
      sum: total.toString(),
      balance: total.toString(),
      approved: approved.length,
    });
    const ledger = (
      await admin({ method: "GET", url: `/api/v1/incentives/ledger?applicantId=${applicantId}&clause=P1-11` })
    ).json<Ledger>();
    expect(ledger.rows).toEqual([
      expect.objectContaining({ awards: approved.length, totalFen: total.toString() }),
    ]);
    expect(ledger.balances[0]?.remainingFen).toBe((CAP_FEN - total).toString());
  }, 600_000);
});
