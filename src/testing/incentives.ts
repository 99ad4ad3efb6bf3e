import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { EvidenceKind } from "../domain/incentives/application-rules.js";
import { queryRows } from "../store/db.js";
import type { Client, TestApp } from "./app.js";

/** Test support: a project of owner1 in 渝北区 in a special the demo department leads, so every demo reviewer sees it. */
export async function reviewableProject(t: TestApp, admin: Client, name = "奖补测试项目"): Promise<number> {
  const [owner] = await queryRows<{ id: number; uscc: string }>(
    t.database.db,
    sql`select o.id, o.uscc from users u join organisations o on o.id = u.organisation_id where u.username = 'owner1'`,
  );
  const res = await admin({
    method: "POST",
    url: "/api/v1/projects",
    payload: {
      name,
      specialCode: "COMP-1",
      districtCode: "500112",
      level: "municipal",
      totalInvestmentFen: "10000000000",
      ownerUscc: owner!.uscc,
      plannedStart: "2023-01-01",
      plannedEnd: "2024-12-31",
    },
  });
  if (res.statusCode !== 201) throw new Error(`project not created: ${res.body}`);
  return res.json<{ id: number }>().id;
}

/** Metadata of a supporting document whose digest is that of `content`. */
export function evidenceOf(content: string, kind: EvidenceKind = "invoice") {
  return {
    name: `${content}.pdf`,
    kind,
    size: Buffer.byteLength(content),
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

/** Counts of rows in the incentive tables, to show a refused request stored nothing. */
export async function incentiveRowCounts(t: TestApp): Promise<string> {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select (select count(*) from incentive_applications)::int as applications,
               (select count(*) from incentive_application_events)::int as events,
               (select count(*) from incentive_awards)::int as awards,
               (select count(*) from policy_clause_versions)::int as versions,
               (select count(*) from factor_requests)::int as factors,
               (select count(*) from audit_log where outcome = 'ok')::int as audited`,
  );
  return JSON.stringify(row);
}
