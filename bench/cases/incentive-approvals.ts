import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/store/paths.js";
import { HttpClient, type Session } from "../lib/http-client.js";
import { elapsedMs, round } from "../lib/stats.js";

export type IncentiveResult =
  | { available: false; reason: string }
  | {
      available: true;
      reviewers: number;
      decisions: number;
      approved: number;
      refusedAtCap: number;
      decisionsPerSec: number;
      approvalsPerSec: number;
      capsIntact: boolean;
    };

/** The incentive module's files in src/services (incentives.ts, incentives/ …), if it exists yet. */
export function incentiveModule(): string[] {
  const dir = join(packageRoot(), "src", "services");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith("incentives"));
}

const REVIEWERS = 50;
const APPLICATIONS = 200;
/** P1-11: 30 % of the fees paid, at most 30万元 per applicant in all. */
const CLAUSE = "P1-11";
const CAP_FEN = 30_000_000n;
/** Fees of 1万元 give awards of 3000元: 100 of the 200 fit under the cap, the rest are refused. */
const FEES_FEN = 1_000_000n;
const AWARD_FEN = (FEES_FEN * 3n) / 10n;
const PASSWORD = "Cq@NewInfra2020";

function evidence(i: number) {
  const content = `使用费发票-${i}`;
  return {
    name: `${content}.pdf`,
    kind: "invoice",
    size: Buffer.byteLength(content),
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

async function send(client: HttpClient, session: Session, method: string, path: string, body: unknown) {
  const res = await client.request(method, path, {
    session,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  return {
    status: res.status,
    json: () => JSON.parse(res.body.toString()) as Record<string, unknown>,
    text: res.body,
  };
}

async function expectOk(what: string, res: { status: number; text: Buffer }, status = 200) {
  if (res.status !== status) throw new Error(`${what} → ${res.status}: ${res.text.toString().slice(0, 300)}`);
  return Promise.resolve();
}

/**
 * (d) Incentive approvals with 50 reviewers deciding at once: 200 applications of one owner under
 * P1-11 (reviewed by the district and the lead department beforehand), approved by 50 concurrent
 * connections of the city; the cumulative cap of 30万元 per applicant must hold, so 100 are approved and
 * 100 refused. Runs once src/services/incentives* exists; otherwise the table says "not available".
 */
export async function incentiveCase(baseUrl: string, admin: Session): Promise<IncentiveResult> {
  const files = incentiveModule();
  if (files.length === 0) return { available: false, reason: "src/services/incentives* does not exist yet" };
  const client = new HttpClient(baseUrl);
  const pool = new HttpClient(baseUrl, REVIEWERS);
  try {
    const [owner, district, department] = [
      await client.signIn("owner1", PASSWORD),
      await client.signIn("yubei", PASSWORD),
      await client.signIn("dept", PASSWORD),
    ];
    // The owner registers the project itself; it lies where both demo reviewers see it.
    const created = await send(client, owner, "POST", "/api/v1/projects", {
      name: "超算资源开放补助基准测试项目",
      specialCode: "COMP-1",
      districtCode: "500112",
      level: "municipal",
      totalInvestmentFen: "10000000000",
      plannedStart: "2023-01-01",
      plannedEnd: "2024-12-31",
    });
    await expectOk("project for the applications", created, 201);
    const projectId = created.json().id as number;
    const ids: number[] = [];
    let applicantId = 0;
    for (let i = 0; i < APPLICATIONS; i++) {
      const app = await send(client, owner, "POST", "/api/v1/incentives/applications", {
        clause: CLAUSE,
        projectId,
        applicantIsSme: true,
        baseFen: FEES_FEN.toString(),
        evidence: [evidence(i)],
      });
      await expectOk("application", app, 201);
      const body = app.json() as { id: number; applicant: { id: number } };
      ids.push(body.id);
      applicantId = body.applicant.id;
      for (const reviewer of [district, department]) {
        const review = await send(
          client,
          reviewer,
          "POST",
          `/api/v1/incentives/applications/${body.id}/reviews`,
          {
            decision: "accepted",
          },
        );
        await expectOk("review", review);
      }
    }

    const queue = [...ids];
    const outcomes: number[] = [];
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: REVIEWERS }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const res = await send(pool, admin, "POST", `/api/v1/incentives/applications/${id}/decision`, {
            decision: "approved",
            amountFen: AWARD_FEN.toString(),
          });
          outcomes.push(res.status);
        }
      }),
    );
    const seconds = elapsedMs(started) / 1000;
    const approved = outcomes.filter((s) => s === 200).length;
    const refusedAtCap = outcomes.filter((s) => s === 409).length;
    const ledger = JSON.parse(
      (
        await client.get(`/api/v1/incentives/ledger?applicantId=${applicantId}&clause=${CLAUSE}`, admin)
      ).toString(),
    ) as { rows: { totalFen: string; awards: number }[] };
    const total = ledger.rows.reduce((s, r) => s + BigInt(r.totalFen), 0n);
    const capsIntact =
      total <= CAP_FEN &&
      total === BigInt(approved) * AWARD_FEN &&
      approved + refusedAtCap === APPLICATIONS &&
      approved === Number(CAP_FEN / AWARD_FEN);
    return {
      available: true,
      reviewers: REVIEWERS,
      decisions: outcomes.length,
      approved,
      refusedAtCap,
      decisionsPerSec: round(outcomes.length / seconds, 1),
      approvalsPerSec: round(approved / seconds, 1),
      capsIntact,
    };
  } catch (error) {
    return {
      available: false,
      reason: `incentive case failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    client.close();
    pool.close();
  }
}
