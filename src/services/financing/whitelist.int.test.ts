import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../domain/contracts/common.js";
import type { Dashboard } from "../../domain/contracts/dashboard.js";
import type {
  CreditDecisionRecord,
  ProposalResult,
  WhitelistEntry,
  WhitelistSettings,
} from "../../domain/contracts/financing.js";
import type { ProjectPage } from "../../domain/contracts/project.js";
import { queryRows } from "../../store/db.js";
import { seededApp, type Client, type TestApp } from "../../testing/app.js";
import { testContext } from "../../testing/database.js";
import { DEMO_PASSWORD } from "../demo-accounts.js";
import { addUser } from "../users.js";

let t: TestApp;
let admin: Client;
let bank: Client;
let otherBank: Client;
let auditor: Client;
let proposal: ProposalResult;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

/**
 * The default rules written as one SQL query, independently of the code under test: stage new start or
 * under construction, level national or municipal, total investment less secured funding above 1 fen,
 * and not red in 2022-11 (a red warning, or a due report missing past the deadline, which has passed on
 * 2022-12-31 whatever the due day).
 */
const DEFAULT_RULES_SQL = sql`
  select p.id, (p.total_investment_fen - coalesce(s.secured, 0))::text as gap
  from projects p
  left join (select project_id, sum(secured_fen) as secured from project_funding group by project_id) s
    on s.project_id = p.id
  left join dispatch_facts f on f.project_id = p.id and f.month = '2022-11'
  where p.stage in ('new_start', 'under_construction')
    and p.level in ('national', 'municipal')
    and p.total_investment_fen - coalesce(s.secured, 0) > 1
    and not coalesce(f.base_level = 'red'
      or (f.report_due and not f.reported
          and make_date(2022, 12, (select report_due_day from dispatch_settings)) < date '2022-12-31'), false)
  order by p.id`;

async function listAs(client: Client, query = ""): Promise<WhitelistEntry[]> {
  const res = await client({ method: "GET", url: `/api/v1/whitelist${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: WhitelistEntry[] }>().items;
}

async function act(action: string, entry: { id: number; version: number }, note = "") {
  return admin({
    method: "POST",
    url: `/api/v1/whitelist/${entry.id}/${action}`,
    payload: { version: entry.version, note },
  });
}

async function allProjectIds(client: Client): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/projects?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = (await client({ method: "GET", url })).json<ProjectPage>();
    ids.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort((a, b) => a - b);
}

const auditCount = async (action: string) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n;

beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
  bank = await t.as("bank");
  auditor = await t.as("auditor");
  const [second] = await rows<{ name: string }>(sql`
    select name from organisations where kind = 'bank'
      and id <> (select organisation_id from users where username = 'bank') order by id limit 1`);
  await addUser(testContext(t.database), {
    username: "bank2",
    displayName: "另一银行客户经理",
    organisation: second!.name,
    roles: ["bank"],
    password: DEMO_PASSWORD,
    mustChangePassword: false,
  });
  otherBank = await t.as("bank2");
  const res = await admin({ method: "POST", url: "/api/v1/whitelist/proposals" });
  expect(res.statusCode, res.body).toBe(200);
  proposal = res.json<ProposalResult>();
});
afterAll(() => t.close());

describe("whitelist proposal", () => {
  it("proposes exactly the projects an independent query picks under the default rules, gaps exact in fen", async () => {
    const expected = await rows<{ id: number; gap: string }>(DEFAULT_RULES_SQL);
    expect(expected.length).toBeGreaterThan(20);
    expect(proposal.month).toBe("2022-11");
    expect(proposal.rules).toEqual({
      stages: ["new_start", "under_construction"],
      minGapFen: "1",
      excludeRed: true,
      levels: ["national", "municipal"],
    });
    const created = [...proposal.created].sort((a, b) => a.project.id - b.project.id);
    expect(created.map((e) => e.project.id)).toEqual(expected.map((r) => r.id));
    expect(created.map((e) => e.gapFenAtProposal)).toEqual(expected.map((r) => r.gap));
    expect(proposal.evaluated).toBe(375);
    expect(proposal.eligible).toBe(expected.length);
    for (const entry of created) {
      expect(entry.status).toBe("candidate");
      expect(entry.reasons.map((r) => [r.rule, r.met])).toEqual([
        ["stage", true],
        ["gap", true],
        ["warning", true],
        ["level", true],
      ]);
      expect(entry.reasons[1]!.figures.gapFen).toBe(entry.gapFenAtProposal);
      expect(entry.reasons[2]!.zh).toBe("2022-11 无红色预警");
    }
    expect(await auditCount("whitelist_entry.proposed")).toBe(expected.length);
    expect(await auditCount("whitelist.proposed")).toBe(1);
  });

  it("leaves out a project that was red in the month, which the rules would otherwise take", async () => {
    const red = await rows<{ id: number }>(sql`
      select p.id from projects p join dispatch_facts f on f.project_id = p.id and f.month = '2022-11'
      where p.stage in ('new_start', 'under_construction') and p.level in ('national', 'municipal')
        and f.base_level = 'red'`);
    expect(red.length).toBeGreaterThan(0);
    const proposed = new Set(proposal.created.map((e) => e.project.id));
    for (const r of red) expect(proposed.has(r.id)).toBe(false);
  });

  it("adds nothing when run again: listed projects keep their entries", async () => {
    const again = (
      await admin({ method: "POST", url: "/api/v1/whitelist/proposals" })
    ).json<ProposalResult>();
    expect(again.created).toEqual([]);
    expect(again.alreadyListed).toBe(proposal.created.length);
  });
});

describe("confirming, publishing and what a bank then sees", () => {
  it("shows a bank nothing before publication", async () => {
    expect(await allProjectIds(bank)).toEqual([]);
    expect(await listAs(bank)).toEqual([]);
  });

  it("confirms and publishes; the bank then sees exactly the published projects, in lists, counts and its dashboard", async () => {
    const [a, b, c] = [...proposal.created].sort((x, y) => x.id - y.id);
    const confirmedA = (await act("confirm", a!, "材料齐全")).json<WhitelistEntry>();
    expect(confirmedA).toMatchObject({
      status: "confirmed",
      version: 2,
      note: "材料齐全",
      confirmedBy: "admin",
    });
    const confirmedB = (await act("confirm", b!)).json<WhitelistEntry>();
    await act("confirm", c!);
    const published = await act("publish", confirmedA);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<WhitelistEntry>()).toMatchObject({ status: "published", version: 3 });
    const publishedB = (await act("publish", confirmedB)).json<WhitelistEntry>();
    expect(publishedB.status).toBe("published");

    const visible = [a!.project.id, b!.project.id].sort((x, y) => x - y);
    expect(await allProjectIds(bank)).toEqual(visible);
    const count = (await bank({ method: "GET", url: "/api/v1/projects/count" })).json<{ total: number }>();
    expect(count.total).toBe(2);
    const dashboard = (
      await bank({ method: "GET", url: "/api/v1/dashboard?month=2022-11&groupBy=sector" })
    ).json<Dashboard>();
    expect(dashboard.totals.projects).toBe(2);
    expect((await bank({ method: "GET", url: `/api/v1/projects/${c!.project.id}` })).statusCode).toBe(404);
    expect((await bank({ method: "GET", url: `/api/v1/projects/${a!.project.id}` })).statusCode).toBe(200);

    expect((await listAs(bank)).map((e) => e.id).sort((x, y) => x - y)).toEqual([a!.id, b!.id]);
    expect(await listAs(bank, "?status=candidate")).toEqual([]);
    const cityConfirmed = await listAs(admin, "?status=confirmed");
    expect(cityConfirmed.map((e) => e.id)).toEqual([c!.id]);
    expect((await listAs(auditor)).length).toBe(proposal.created.length);
    expect(await auditCount("whitelist_entry.confirmed")).toBe(3);
    expect(await auditCount("whitelist_entry.published")).toBe(2);
  });

  it("refuses a stale version with 409 and the entry as it is, changing nothing", async () => {
    const entry = [...proposal.created].sort((x, y) => y.id - x.id)[0]!;
    expect((await act("confirm", entry)).statusCode).toBe(200);
    const stale = await act("remove", entry, "重复申报");
    expect(stale.statusCode).toBe(409);
    const body = stale.json<ApiError & { current: WhitelistEntry }>();
    expect(body.error.code).toBe("version_conflict");
    expect(body.current).toMatchObject({ id: entry.id, status: "confirmed", version: 2 });
    const [row] = await rows<{ status: string; version: number }>(
      sql`select status, version from whitelist_entries where id = ${entry.id}`,
    );
    expect(row).toEqual({ status: "confirmed", version: 2 });
  });

  it("refuses to publish a candidate (409) and to remove without a reason (400 naming note), storing nothing", async () => {
    const candidate = (await listAs(admin, "?status=candidate"))[0]!;
    const before = await rows(sql`select * from whitelist_entries order by id`);
    const publish = await act("publish", candidate);
    expect(publish.statusCode).toBe(409);
    expect(publish.json<ApiError>().error.code).toBe("invalid_status");
    const remove = await act("remove", candidate, "");
    expect(remove.statusCode).toBe(400);
    expect(remove.json<ApiError>().error).toMatchObject({ field: "note" });
    expect(remove.json<ApiError>().error.messageEn.length).toBeGreaterThan(0);
    expect(await rows(sql`select * from whitelist_entries order by id`)).toEqual(before);
  });

  it("removes an entry with a note, and does not propose the project again", async () => {
    const candidate = (await listAs(admin, "?status=candidate"))[0]!;
    const removed = (await act("remove", candidate, "企业已自行落实融资")).json<WhitelistEntry>();
    expect(removed).toMatchObject({ status: "removed", note: "企业已自行落实融资" });
    expect(removed.removedAt).not.toBeNull();
    const again = (
      await admin({ method: "POST", url: "/api/v1/whitelist/proposals" })
    ).json<ProposalResult>();
    expect(again.created).toEqual([]);
    expect(again.previouslyRemoved).toBe(1);
    expect(await auditCount("whitelist_entry.removed")).toBe(1);
  });
});

describe("banks' credit decisions", () => {
  const decide = (client: Client, entryId: number, payload: Record<string, unknown>) =>
    client({ method: "POST", url: `/api/v1/whitelist/${entryId}/decisions`, payload });

  it("keeps each bank to its own decisions while the city sees every bank's", async () => {
    const [entry] = await listAs(bank);
    const first = await decide(bank, entry!.id, { decision: "in_review", note: "尽调中" });
    expect(first.statusCode, first.body).toBe(201);
    const approved = await decide(bank, entry!.id, { decision: "approved", amountFen: "500000000000" });
    expect(approved.json<CreditDecisionRecord>()).toMatchObject({
      decision: "approved",
      amountFen: "500000000000",
      decidedBy: "bank",
    });
    const declined = await decide(otherBank, entry!.id, { decision: "declined", note: "超出授信政策" });
    expect(declined.statusCode).toBe(201);

    const history = (client: Client) =>
      client({ method: "GET", url: `/api/v1/whitelist/${entry!.id}/decisions` }).then(
        (r) => r.json<{ items: CreditDecisionRecord[] }>().items,
      );
    const mine = await history(bank);
    expect(mine.map((d) => d.decision)).toEqual(["approved", "in_review"]);
    expect((await history(otherBank)).map((d) => d.decision)).toEqual(["declined"]);
    expect((await history(admin)).map((d) => d.decision).sort()).toEqual([
      "approved",
      "declined",
      "in_review",
    ]);

    const bankView = (await listAs(bank)).find((e) => e.id === entry!.id)!;
    expect(bankView.decisions.map((d) => [d.bank.name, d.decision])).toEqual([
      [mine[0]!.bank.name, "approved"],
    ]);
    const cityView = (await listAs(admin)).find((e) => e.id === entry!.id)!;
    expect(cityView.decisions.map((d) => d.decision).sort()).toEqual(["approved", "declined"]);
    expect(await auditCount("bank_decision.recorded")).toBe(3);
  });

  it("answers 404 on an unpublished entry and 403 to the city, storing nothing", async () => {
    const candidate = (await listAs(admin, "?status=candidate"))[0]!;
    const count = async () =>
      (await rows<{ n: number }>(sql`select count(*)::int as n from bank_decisions`))[0]!.n;
    const before = await count();
    expect((await decide(bank, candidate.id, { decision: "in_review" })).statusCode).toBe(404);
    expect(
      (await bank({ method: "GET", url: `/api/v1/whitelist/${candidate.id}/decisions` })).statusCode,
    ).toBe(404);
    const [published] = await listAs(bank);
    expect((await decide(admin, published!.id, { decision: "in_review" })).statusCode).toBe(403);
    const noAmount = await decide(bank, published!.id, { decision: "approved", amountFen: "0" });
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json<ApiError>().error.field).toBe("amountFen");
    const negative = await decide(bank, published!.id, { decision: "approved", amountFen: "-5" });
    expect(negative.statusCode).toBe(400);
    expect(negative.json<ApiError>().error.field).toBe("amountFen");
    expect(await count()).toBe(before);
  });
});

describe("whitelist rules", () => {
  it("lets the city change the rules (audited) and refuses bad ones naming the field", async () => {
    const bad = await admin({
      method: "PUT",
      url: "/api/v1/whitelist/settings",
      payload: { stages: [], minGapFen: "1", excludeRed: true, levels: ["national"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiError>().error.field).toBe("stages");
    const settings = await admin({
      method: "PUT",
      url: "/api/v1/whitelist/settings",
      payload: {
        stages: ["new_start", "under_construction"],
        minGapFen: "100000000",
        excludeRed: false,
        levels: ["national", "municipal"],
      },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    expect(settings.json<WhitelistSettings>()).toMatchObject({
      rules: { minGapFen: "100000000", excludeRed: false, levels: ["national", "municipal"] },
      updatedBy: "admin",
    });
    expect(
      (
        await bank({
          method: "PUT",
          url: "/api/v1/whitelist/settings",
          payload: settings.json<WhitelistSettings>().rules,
        })
      ).statusCode,
    ).toBe(403);
    expect(await auditCount("whitelist.settings_changed")).toBe(1);
  });

  it("proposes under the changed rules exactly what the changed query picks, red projects included", async () => {
    const expected = await rows<{ id: number }>(sql`
      select p.id from projects p
      left join (select project_id, sum(secured_fen) as secured from project_funding group by project_id) s
        on s.project_id = p.id
      where p.stage in ('new_start', 'under_construction') and p.level in ('national', 'municipal')
        and p.total_investment_fen - coalesce(s.secured, 0) > 100000000
        and not exists (select 1 from whitelist_entries w where w.project_id = p.id)
      order by p.id`);
    const red = await rows<{ id: number }>(
      sql`select project_id as id from dispatch_facts where month = '2022-11' and base_level = 'red'`,
    );
    expect(expected.filter((r) => red.some((x) => x.id === r.id)).length).toBeGreaterThan(0);
    const res = (await admin({ method: "POST", url: "/api/v1/whitelist/proposals" })).json<ProposalResult>();
    expect(res.created.map((e) => e.project.id).sort((a, b) => a - b)).toEqual(expected.map((r) => r.id));
    for (const e of res.created) expect(e.reasons[2]!.figures).toEqual({ excludeRed: "false" });
  });
});
