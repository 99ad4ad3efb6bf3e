import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { FinancingSummary, Funding } from "../../domain/contracts/financing.js";
import type { ProjectDetail } from "../../domain/contracts/project.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";

let t: TestApp;
let admin: Client;
let owner: Client;
let yubei: Client;
/** owner1's project with at least one funding source not fully secured, and another owner's project. */
let own: { id: number; source: string; planned: string; secured: string };
let notOwn: number;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
const fundingUrl = (id: number, source?: string) =>
  `/api/v1/projects/${id}/funding${source === undefined ? "" : `/${encodeURIComponent(source)}`}`;
const put = (client: Client, id: number, source: string, payload: Record<string, unknown>) =>
  client({ method: "PUT", url: fundingUrl(id, source), payload });

/** The funding rows and the version of a project, to prove a refused request stored nothing. */
const stored = async (id: number) => ({
  lines: await rows(
    sql`select source, planned_fen::text, secured_fen::text from project_funding where project_id = ${id} order by source`,
  ),
  version: (await rows<{ version: number }>(sql`select version from projects where id = ${id}`))[0]!.version,
});

beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
  owner = await t.as("owner1");
  yubei = await t.as("yubei");
  const [row] = await rows<{ id: number; source: string; planned: string; secured: string }>(sql`
    select p.id, f.source, f.planned_fen::text as planned, f.secured_fen::text as secured
    from projects p join project_funding f on f.project_id = p.id
    where p.owner_id = (select organisation_id from users where username = 'owner1')
      and f.secured_fen < f.planned_fen
    order by p.id, f.source limit 1`);
  own = row!;
  notOwn = (
    await rows<{ id: number }>(sql`
      select id from projects where owner_id <> (select organisation_id from users where username = 'owner1')
      order by id limit 1`)
  )[0]!.id;
});
afterAll(() => t.close());

describe("a project's funding", () => {
  it("gives plan, secured and gap by source and in total, exact in fen", async () => {
    const res = await owner({ method: "GET", url: fundingUrl(own.id) });
    expect(res.statusCode, res.body).toBe(200);
    const funding = res.json<Funding>();
    const lines = await rows<{ source: string; planned: string; secured: string; gap: string }>(sql`
      select source, planned_fen::text as planned, secured_fen::text as secured,
             (planned_fen - secured_fen)::text as gap
      from project_funding where project_id = ${own.id}`);
    const [sums] = await rows<{ total: string; planned: string; secured: string; gap: string }>(sql`
      select p.total_investment_fen::text as total, sum(f.planned_fen)::text as planned,
             sum(f.secured_fen)::text as secured, (p.total_investment_fen - sum(f.secured_fen))::text as gap
      from projects p join project_funding f on f.project_id = p.id where p.id = ${own.id}
      group by p.id`);
    expect(funding).toMatchObject({
      projectId: own.id,
      totalInvestmentFen: sums!.total,
      plannedFen: sums!.planned,
      securedFen: sums!.secured,
      gapFen: sums!.gap,
    });
    expect(funding.sources.map((s) => [s.source, s.plannedFen, s.securedFen, s.gapFen]).sort()).toEqual(
      lines.map((l) => [l.source, l.planned, l.secured, l.gap]).sort(),
    );
    expect(funding.availableSources).toContain("地方政府专项债券");
  });

  it("answers 404 outside the caller's scope", async () => {
    expect((await owner({ method: "GET", url: fundingUrl(notOwn) })).statusCode).toBe(404);
    expect((await admin({ method: "GET", url: fundingUrl(notOwn) })).statusCode).toBe(200);
  });
});

describe("updating what is secured", () => {
  it("lets the owner set a source's secured amount: the project's version moves on and the change is audited", async () => {
    const before = await stored(own.id);
    const res = await put(owner, own.id, own.source, { securedFen: own.planned, version: before.version });
    expect(res.statusCode, res.body).toBe(200);
    const funding = res.json<Funding>();
    expect(funding.version).toBe(before.version + 1);
    const line = funding.sources.find((s) => s.source === own.source)!;
    expect(line).toMatchObject({ plannedFen: own.planned, securedFen: own.planned, gapFen: "0" });
    const detail = (await owner({ method: "GET", url: `/api/v1/projects/${own.id}` })).json<ProjectDetail>();
    expect(detail.version).toBe(before.version + 1);
    expect(detail.funding.find((f) => f.source === own.source)?.securedFen).toBe(own.planned);
    const [audit] = await rows<{
      actor: string;
      details: { source: string; securedFen: { from: string; to: string } };
    }>(sql`
      select actor_username as actor, details from audit_log
      where action = 'project.funding_updated' and entity_id = ${String(own.id)} order by seq desc limit 1`);
    expect(audit).toEqual({
      actor: "owner1",
      details: {
        source: own.source,
        plannedFen: { from: own.planned, to: own.planned },
        securedFen: { from: own.secured, to: own.planned },
      },
    });
  });

  it("refuses a stale version with 409 naming funding among the changes, storing nothing", async () => {
    const before = await stored(own.id);
    const res = await put(admin, own.id, own.source, { securedFen: "0", version: before.version - 1 });
    expect(res.statusCode).toBe(409);
    const body = res.json<ApiError>();
    expect(body.error.code).toBe("version_conflict");
    expect(body.changedFields).toContain("funding");
    expect(await stored(own.id)).toEqual(before);
  });

  it("refuses bad amounts and sources with 400 naming the field in both languages, storing nothing", async () => {
    const before = await stored(own.id);
    const cases: [string, Record<string, unknown>, string][] = [
      [own.source, { securedFen: "-1" }, "securedFen"],
      [own.source, { securedFen: "1.5" }, "securedFen"],
      [own.source, { securedFen: (BigInt(own.planned) + 1n).toString() }, "securedFen"],
      [own.source, { securedFen: "0", plannedFen: "99999999999999999" }, "plannedFen"],
      [own.source, { securedFen: "0", extra: 1 }, "body"],
      ["民间借贷", { securedFen: "0", plannedFen: "1" }, "source"],
      ["中央预算内投资", { securedFen: "0" }, "plannedFen"],
      ["中央预算内投资", { securedFen: "0", plannedFen: "9999999999999999" }, "plannedFen"],
    ];
    for (const [source, payload, field] of cases) {
      const res = await put(owner, own.id, source, payload);
      expect(res.statusCode, `${source} ${JSON.stringify(payload)}`).toBe(400);
      const error = res.json<ApiError>().error;
      expect(error.field ?? error.details?.[0]?.field, res.body).toBe(field);
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.messageEn.length).toBeGreaterThan(0);
    }
    expect(await stored(own.id)).toEqual(before);
  });

  it("adds a listed source with its plan", async () => {
    const before = await stored(own.id);
    const [room] = await rows<{ room: string }>(sql`
      select (p.total_investment_fen - coalesce(sum(f.planned_fen), 0))::text as room
      from projects p left join project_funding f on f.project_id = p.id where p.id = ${own.id} group by p.id`);
    const source = (await owner({ method: "GET", url: fundingUrl(own.id) }))
      .json<Funding>()
      .availableSources.find((s) => !before.lines.some((l) => (l as { source: string }).source === s))!;
    const res = await put(owner, own.id, source, { securedFen: "0", plannedFen: room!.room });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Funding>().unplannedFen).toBe("0");
  });

  it("keeps other owners, districts, banks and the auditor out", async () => {
    const before = await stored(notOwn);
    const [line] = await rows<{ source: string }>(
      sql`select source from project_funding where project_id = ${notOwn} limit 1`,
    );
    expect((await put(owner, notOwn, line!.source, { securedFen: "0" })).statusCode).toBe(404);
    expect((await put(yubei, notOwn, line!.source, { securedFen: "0" })).statusCode).toBe(403);
    for (const name of ["bank", "auditor"]) {
      const client = await t.as(name);
      expect((await put(client, notOwn, line!.source, { securedFen: "0" })).statusCode).toBe(403);
    }
    expect(await stored(notOwn)).toEqual(before);
  });
});

describe("financing summary", () => {
  const SUMS = sql`count(*)::int as projects, sum(p.total_investment_fen)::text as total,
    coalesce(sum(f.planned), 0)::text as planned, coalesce(sum(f.secured), 0)::text as secured,
    (sum(p.total_investment_fen) - coalesce(sum(f.secured), 0))::text as gap`;
  const FUNDED = sql`(select project_id, sum(planned_fen) as planned, sum(secured_fen) as secured
    from project_funding group by project_id)`;

  it("adds up the city's totals, sources and sectors exactly", async () => {
    const summary = (
      await admin({ method: "GET", url: "/api/v1/financing/summary" })
    ).json<FinancingSummary>();
    const [totals] = await rows<Record<string, string | number>>(
      sql`select ${SUMS} from projects p left join ${FUNDED} f on f.project_id = p.id`,
    );
    expect(summary.totals).toEqual({
      projects: totals!.projects,
      totalInvestmentFen: totals!.total,
      plannedFen: totals!.planned,
      securedFen: totals!.secured,
      gapFen: totals!.gap,
    });
    const bySource = await rows<{ source: string; planned: string; secured: string; gap: string }>(sql`
      select source, sum(planned_fen)::text as planned, sum(secured_fen)::text as secured,
             sum(planned_fen - secured_fen)::text as gap from project_funding group by source`);
    for (const s of bySource)
      expect(summary.bySource.find((r) => r.source === s.source)).toMatchObject({
        plannedFen: s.planned,
        securedFen: s.secured,
        gapFen: s.gap,
      });
    const bySector = await rows<{ code: string; gap: string }>(
      sql`select p.sector_code as code, ${SUMS} from projects p left join ${FUNDED} f on f.project_id = p.id group by p.sector_code`,
    );
    for (const s of bySector) expect(summary.bySector.find((r) => r.code === s.code)?.gapFen).toBe(s.gap);
    expect(summary.bySector.reduce((n, s) => n + s.projects, 0)).toBe(375);
  });

  it("keeps a district to its own projects", async () => {
    const summary = (
      await yubei({ method: "GET", url: "/api/v1/financing/summary" })
    ).json<FinancingSummary>();
    const [totals] = await rows<{ projects: number; gap: string }>(
      sql`select ${SUMS} from projects p left join ${FUNDED} f on f.project_id = p.id where p.district_code = '500112'`,
    );
    expect(summary.totals.projects).toBe(totals!.projects);
    expect(summary.totals.gapFen).toBe(totals!.gap);
    const bank = await t.as("bank");
    const none = (await bank({ method: "GET", url: "/api/v1/financing/summary" })).json<FinancingSummary>();
    expect(none.totals).toMatchObject({ projects: 0, gapFen: "0" });
  });
});
