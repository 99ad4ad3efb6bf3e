import type { InjectOptions } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyForIncentive } from "../services/incentives/applications.js";
import { raiseFactorRequest } from "../services/incentives/factor-requests.js";
import { recordApproval } from "../services/approvals.js";
import { actOnEntry, proposeWhitelist } from "../services/financing/whitelist.js";
import { queryRows } from "../store/db.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";
import { testContext } from "../testing/database.js";
import { evidenceOf } from "../testing/incentives.js";

/**
 * Every registered route × every role × an object in and out of the role's scope → the expected
 * status. The table is checked against the server's own route list: a new route without an entry
 * here fails this test.
 */
const ROLES = ["anonymous", "city_admin", "department", "district", "owner", "bank", "auditor"] as const;
type Role = (typeof ROLES)[number];
type Scope = "in" | "out";
const ACCOUNT: Record<Exclude<Role, "anonymous">, string> = {
  city_admin: "admin",
  department: "dept",
  district: "yubei",
  owner: "owner1",
  bank: "bank",
  auditor: "auditor",
};

interface Fixtures {
  /** A project inside each role's scope (where it has one) and one outside it. */
  project: Record<Role, Record<Scope, number>>;
  /** A new project in planning, owned by owner1's organisation ("in") or another's ("out"). */
  freshPlanning(scope: Scope): Promise<number>;
  projectVersion(id: number): Promise<number>;
  ownerUscc: string;
  reserveProject: number;
  /** A current report of a project in and out of each role's scope. */
  reportOf: Record<Role, Record<Scope, number>>;
  published: number;
  draft: number;
  draftVersion: () => Promise<number>;
  /** A coordination problem on each role's in- and out-of-scope project. */
  problemOf: Record<Role, Record<Scope, number>>;
  /** A new problem at the owner tier on the role's in- or out-of-scope project. */
  freshProblem(role: Role, scope: Scope): Promise<number>;
  /** A new incentive application (submitted) on the project in or out of the role's scope. */
  freshApplication(role: Role, scope: Scope): Promise<number>;
  /** An incentive application and a factor request on a project in and out of each role's scope. */
  applicationOf: Record<Role, Record<Scope, number>>;
  factorOf: Record<Role, Record<Scope, number>>;
  /** An approval item on a project in and out of each role's scope. */
  approvalOf: Record<Role, Record<Scope, number>>;
  /** Whitelist entries: a published one (the bank's "in"), a candidate (its "out"), fresh ones to act on. */
  whitelist: { published: number; candidate: number };
  freshEntry(status: "candidate" | "confirmed"): Promise<{ id: number; version: number }>;
  /** A funding source of a project and what is secured from it now. */
  fundingLine(projectId: number): Promise<{ source: string; securedFen: string }>;
}

interface Case {
  request(role: Role, scope: Scope, f: Fixtures): Promise<InjectOptions> | InjectOptions;
  expect(role: Role, scope: Scope): number;
  /** Requests that end the session they run in get a fresh one. */
  freshSession?: boolean;
}

const all = (status: number) => () => status;
const signedIn = (status: number) => (role: Role) => (role === "anonymous" ? 401 : status);
const only = (allowed: Role[], status: number) => (role: Role) =>
  role === "anonymous" ? 401 : allowed.includes(role) ? status : 403;
const get = (url: string) => ({ method: "GET" as const, url });
const PLAN = "CQ-NEWINFRA-2020-2022";

const writers = (status: number) => (role: Role, scope: Scope) => {
  if (role === "anonymous") return 401;
  if (role === "city_admin") return status;
  if (role === "owner") return scope === "in" ? status : 404;
  return 403;
};
const readers = (role: Role, scope: Scope) => {
  if (role === "anonymous") return 401;
  if (role === "city_admin" || role === "auditor") return 200;
  return scope === "in" ? 200 : 404;
};
/** The city manages the whitelist; the bank reads the published part and the auditor reads it all. */
const whitelistReaders = only(["city_admin", "bank", "auditor"], 200);
/** The city acts on fresh entries; everyone else is refused before the entry is looked at. */
const whitelistAction = (action: string, status: "candidate" | "confirmed") => ({
  request: async (role: Role, _s: Scope, f: Fixtures) => {
    const entry =
      role === "city_admin" ? await f.freshEntry(status) : { id: f.whitelist.candidate, version: 1 };
    return {
      method: "POST" as const,
      url: `/api/v1/whitelist/${entry.id}/${action}`,
      payload: { version: entry.version, note: "矩阵测试" },
    };
  },
  expect: only(["city_admin"], 200),
});
const bankEntry = (f: Fixtures, scope: Scope) =>
  scope === "in" ? f.whitelist.published : f.whitelist.candidate;
/** Owners, districts, departments and the city act on problems in their scope; bank and auditor only read. */
const coordinators = (status: number) => (role: Role, scope: Scope) => {
  if (role === "anonymous") return 401;
  if (role === "bank" || role === "auditor") return 403;
  return role === "city_admin" || scope === "in" ? status : 404;
};
const newProblem = {
  category: "approvals",
  title: "矩阵测试问题",
  responsibleUnit: "区县发展改革委",
  dueDate: "2023-03-31",
};
/** Incentive data: every role but the bank reads it within its project scope. */
const incentiveReaders = (role: Role, scope: Scope) => {
  if (role === "anonymous") return 401;
  if (role === "bank") return 403;
  if (role === "city_admin" || role === "auditor") return 200;
  return scope === "in" ? 200 : 404;
};
const incentiveListReaders = (role: Role) => (role === "anonymous" ? 401 : role === "bank" ? 403 : 200);
/** Owners act on their own projects' incentives only. */
const ownerOnly = (status: number) => (role: Role, scope: Scope) =>
  role === "anonymous" ? 401 : role === "owner" ? (scope === "in" ? status : 404) : 403;
let versionDay = 0;
/** Each new clause version starts a day after the previous one. */
const nextVersionDate = () => {
  versionDay += 1;
  return new Date(Date.UTC(2030, 0, versionDay)).toISOString().slice(0, 10);
};

let calendarDay = 0;
/** A day of 2031 listed afresh (for removal), one per request. */
async function freshCalendarDay(): Promise<string> {
  calendarDay += 1;
  const day = new Date(Date.UTC(2031, 0, calendarDay)).toISOString().slice(0, 10);
  await queryRows(
    t.database.db,
    sql`insert into calendar_days (day, kind, name) values (${day}, 'holiday', '矩阵') on conflict do nothing`,
  );
  return day;
}
const approvalVersion = async (id: number) =>
  (
    await queryRows<{ version: number }>(
      t.database.db,
      sql`select version from approval_items where id = ${id}`,
    )
  )[0]!.version;

const newProject = {
  name: "矩阵测试项目",
  specialCode: "APP-4",
  districtCode: "500112",
  level: "district",
  totalInvestmentFen: "100000000",
  plannedStart: "2023-01-01",
  plannedEnd: "2023-12-31",
};

const MATRIX: Record<string, Case> = {
  "GET /api/health": { request: () => get("/api/health"), expect: all(200) },
  "GET /api/openapi.json": { request: () => get("/api/openapi.json"), expect: all(200) },
  "POST /api/v1/auth/login": {
    request: (role) => ({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username: role === "anonymous" ? "admin" : ACCOUNT[role], password: "Cq@NewInfra2020" },
    }),
    expect: all(200),
  },
  "POST /api/v1/auth/logout": {
    request: () => ({ method: "POST", url: "/api/v1/auth/logout" }),
    expect: all(200),
    freshSession: true,
  },
  "POST /api/v1/auth/password": {
    request: () => ({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: "not-it", newPassword: "Chongqing#2026" },
    }),
    expect: signedIn(400),
  },
  "GET /api/v1/me": { request: () => get("/api/v1/me"), expect: signedIn(200) },
  "GET /api/v1/reference": { request: () => get("/api/v1/reference"), expect: all(200) },
  "GET /api/v1/plans/:code/summary": {
    request: () => get(`/api/v1/plans/${PLAN}/summary`),
    expect: signedIn(200),
  },
  "GET /api/v1/projects": { request: () => get("/api/v1/projects"), expect: signedIn(200) },
  "GET /api/v1/projects/count": { request: () => get("/api/v1/projects/count"), expect: signedIn(200) },
  "GET /api/v1/projects/:id": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}`),
    expect: readers,
  },
  "GET /api/v1/projects/:id/transitions": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}/transitions`),
    expect: readers,
  },
  "POST /api/v1/projects": {
    request: (role, _s, f) => ({
      method: "POST",
      url: "/api/v1/projects",
      payload: role === "city_admin" ? { ...newProject, ownerUscc: f.ownerUscc } : newProject,
    }),
    expect: (role) => (role === "anonymous" ? 401 : role === "city_admin" || role === "owner" ? 201 : 403),
  },
  "PATCH /api/v1/projects/:id": {
    request: async (role, scope, f) => {
      const id = f.project.owner[scope];
      return {
        method: "PATCH",
        url: `/api/v1/projects/${id}`,
        payload: { version: await f.projectVersion(id), description: `由 ${role} 修改` },
      };
    },
    expect: writers(200),
  },
  "DELETE /api/v1/projects/:id": {
    request: async (_r, scope, f) => ({
      method: "DELETE",
      url: `/api/v1/projects/${await f.freshPlanning(scope)}?version=1`,
    }),
    expect: writers(204),
  },
  "POST /api/v1/projects/:id/transitions": {
    request: async (_r, scope, f) => ({
      method: "POST",
      url: `/api/v1/projects/${await f.freshPlanning(scope)}/transitions`,
      payload: { to: "reserve", reason: "资料齐全，申报储备" },
    }),
    expect: writers(200),
  },
  "GET /api/v1/public/publications": { request: () => get("/api/v1/public/publications"), expect: all(200) },
  "GET /api/v1/public/publications/:id": {
    request: (_role, scope, f) =>
      get(`/api/v1/public/publications/${scope === "in" ? f.published : f.draft}`),
    expect: (_role, scope) => (scope === "in" ? 200 : 404),
  },
  "GET /api/v1/publications": {
    request: () => get("/api/v1/publications"),
    expect: only(["city_admin"], 200),
  },
  "POST /api/v1/publications": {
    request: () => ({
      method: "POST",
      url: "/api/v1/publications",
      payload: { kind: "product", title: "边缘计算网关", body: "国产化边缘计算网关" },
    }),
    expect: only(["city_admin"], 201),
  },
  "PATCH /api/v1/publications/:id": {
    request: async (_r, _s, f) => ({
      method: "PATCH",
      url: `/api/v1/publications/${f.draft}`,
      payload: { version: await f.draftVersion(), body: "修订" },
    }),
    expect: only(["city_admin"], 200),
  },
  "POST /api/v1/publications/:id/publish": {
    request: async (_r, _s, f) => ({
      method: "POST",
      url: `/api/v1/publications/${f.published}/publish`,
      payload: { version: await versionOf(f.published) },
    }),
    expect: only(["city_admin"], 200),
  },
  "POST /api/v1/publications/:id/unpublish": {
    request: async (_r, _s, f) => ({
      method: "POST",
      url: `/api/v1/publications/${f.draft}/unpublish`,
      payload: { version: await f.draftVersion() },
    }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/projects/export": {
    request: () => get("/api/v1/projects/export?format=csv"),
    expect: signedIn(200),
  },
  "GET /api/v1/projects.oc4ids.json": {
    request: () => get("/api/v1/projects.oc4ids.json?special=NET-2"),
    expect: signedIn(200),
  },
  "POST /api/v1/imports": {
    request: () => ({
      method: "POST",
      url: "/api/v1/imports",
      headers: { "content-type": "text/csv" },
      payload: "不是登记表\n",
    }),
    expect: only(["city_admin", "owner"], 422),
  },
  "GET /api/v1/imports/:id/marked.xlsx": {
    request: () => get("/api/v1/imports/00000000-0000-4000-8000-000000000000/marked.xlsx"),
    expect: signedIn(404),
  },
  "GET /api/v1/projects/:id/reports": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}/reports`),
    expect: readers,
  },
  "POST /api/v1/projects/:id/reports": {
    request: (_r, scope, f) => ({
      method: "POST",
      url: `/api/v1/projects/${f.project.owner[scope]}/reports`,
      payload: { month: "2035-01", investedFen: "0", progressPct: 0 },
    }),
    // Authorised writers reach the rules, which refuse a future month with 400.
    expect: writers(400),
  },
  "POST /api/v1/reports/:id/reviews": {
    request: (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/reports/${f.reportOf[role][scope]}/reviews`,
      payload: { decision: "accepted" },
    }),
    expect: (role, scope) =>
      role === "anonymous"
        ? 401
        : role === "district" || role === "department"
          ? scope === "in"
            ? 200
            : 404
          : 403,
  },
  "POST /api/v1/projects/:id/problems": {
    request: (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/projects/${f.project[role][scope]}/problems`,
      payload: newProblem,
    }),
    expect: coordinators(201),
  },
  "GET /api/v1/projects/:id/problems": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}/problems`),
    expect: readers,
  },
  "GET /api/v1/problems": { request: () => get("/api/v1/problems?status=unresolved"), expect: signedIn(200) },
  "GET /api/v1/problems/:id": {
    request: (role, scope, f) => get(`/api/v1/problems/${f.problemOf[role][scope]}`),
    expect: readers,
  },
  "POST /api/v1/problems/:id/comments": {
    request: (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/problems/${f.problemOf[role][scope]}/comments`,
      payload: { text: `${role} 的意见` },
    }),
    expect: coordinators(201),
  },
  "POST /api/v1/problems/:id/escalations": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/problems/${await f.freshProblem(role, scope)}/escalations`,
      payload: { reason: "业主协调未果", version: 1 },
    }),
    expect: coordinators(200),
  },
  "POST /api/v1/problems/:id/status": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/problems/${await f.freshProblem(role, scope)}/status`,
      payload: { status: "in_progress", version: 1 },
    }),
    expect: coordinators(200),
  },
  "GET /api/v1/warnings": { request: () => get("/api/v1/warnings?month=2021-06"), expect: signedIn(200) },
  "GET /api/v1/dashboard": {
    request: () => get("/api/v1/dashboard?month=2021-06&groupBy=district"),
    expect: signedIn(200),
  },
  "GET /api/v1/reports": { request: () => get("/api/v1/reports?month=2021-06"), expect: signedIn(200) },
  "GET /api/v1/report-status": {
    request: () => get("/api/v1/report-status?month=2021-06"),
    expect: signedIn(200),
  },
  "GET /api/v1/dispatch/settings": { request: () => get("/api/v1/dispatch/settings"), expect: signedIn(200) },
  "PUT /api/v1/dispatch/settings": {
    request: () => ({
      method: "PUT",
      url: "/api/v1/dispatch/settings",
      payload: {
        reportDueDay: 5,
        paceYellowPoints: 10,
        paceRedPoints: 30,
        startDelayRedMonths: 3,
        stallReports: 2,
      },
    }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/bulletins/:month/:format": {
    // Every role reads the bulletin of its own scope (rendered per role in bulletin.int.test.ts); here
    // a future month shows the caller is authenticated before the month is judged, without a browser.
    request: () => get("/api/v1/bulletins/2035-01/xlsx"),
    expect: signedIn(400),
  },
  "GET /api/v1/indicators": { request: () => get("/api/v1/indicators?period=2022"), expect: signedIn(200) },
  "GET /api/v1/indicators/:code/values": {
    request: () => get("/api/v1/indicators/5G_KEY_AREA_COVERAGE/values"),
    expect: signedIn(200),
  },
  "POST /api/v1/indicators/:code/values": {
    request: () => ({
      method: "POST",
      url: "/api/v1/indicators/5G_KEY_AREA_COVERAGE/values",
      payload: { period: "2022", value: "81.5", source: "矩阵测试" },
    }),
    expect: only(["city_admin", "department"], 201),
  },
  "GET /api/v1/rolling-plan": { request: () => get("/api/v1/rolling-plan?from=2021"), expect: signedIn(200) },
  "POST /api/v1/rollover/proposals": {
    request: () => ({
      method: "POST",
      url: "/api/v1/rollover/proposals",
      payload: { year: 2023, targets: [{ sectorCode: "COMP", targetFen: "1000000000000" }] },
    }),
    expect: only(["city_admin"], 200),
  },
  "POST /api/v1/rollover/decisions": {
    request: (_r, _s, f) => ({
      method: "POST",
      url: "/api/v1/rollover/decisions",
      payload: {
        year: 2023,
        decisions: [{ projectId: f.reserveProject, decision: "rejected", note: "矩阵" }],
      },
    }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/rollover/decisions": {
    request: () => get("/api/v1/rollover/decisions?year=2023"),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/incentives/clauses": {
    request: () => get("/api/v1/incentives/clauses"),
    expect: incentiveListReaders,
  },
  "GET /api/v1/incentives/clauses/:code": {
    request: () => get("/api/v1/incentives/clauses/P1-11"),
    expect: incentiveListReaders,
  },
  "POST /api/v1/incentives/clauses/:code/versions": {
    request: () => ({
      method: "POST",
      url: "/api/v1/incentives/clauses/P3-3/versions",
      payload: { effectiveFrom: nextVersionDate(), terms: { kind: "case_by_case" }, note: "矩阵测试版本" },
    }),
    expect: only(["city_admin"], 201),
  },
  "POST /api/v1/incentives/quote": {
    request: () => ({
      method: "POST",
      url: "/api/v1/incentives/quote",
      payload: { clause: "P1-6", level: "national", baseFen: "8000000000" },
    }),
    expect: incentiveListReaders,
  },
  "POST /api/v1/incentives/applications": {
    request: (_r, scope, f) => ({
      method: "POST",
      url: "/api/v1/incentives/applications",
      payload: {
        clause: "P3-1",
        projectId: f.project.owner[scope],
        baseFen: "100000",
        evidence: [evidenceOf(`矩阵-${scope}`)],
      },
    }),
    expect: ownerOnly(201),
  },
  "GET /api/v1/incentives/applications": {
    request: () => get("/api/v1/incentives/applications"),
    expect: incentiveListReaders,
  },
  "GET /api/v1/incentives/applications/:id": {
    request: (role, scope, f) => get(`/api/v1/incentives/applications/${f.applicationOf[role][scope]}`),
    expect: incentiveReaders,
  },
  "POST /api/v1/incentives/applications/:id/reviews": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/incentives/applications/${await f.freshApplication(role, scope)}/reviews`,
      payload: { decision: "accepted" },
    }),
    expect: (role, scope) =>
      role === "anonymous"
        ? 401
        : role === "district" || role === "department"
          ? scope === "in"
            ? 200
            : 404
          : 403,
  },
  "POST /api/v1/incentives/applications/:id/resubmit": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/incentives/applications/${await f.freshApplication(role, scope)}/resubmit`,
      payload: { note: "补正材料" },
    }),
    // Owners reach the rules, which refuse to resubmit an application nobody returned.
    expect: ownerOnly(409),
  },
  "POST /api/v1/incentives/applications/:id/withdraw": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/incentives/applications/${await f.freshApplication(role, scope)}/withdraw`,
      payload: { reason: "矩阵撤回" },
    }),
    expect: ownerOnly(200),
  },
  "POST /api/v1/incentives/applications/:id/decision": {
    request: async (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/incentives/applications/${await f.freshApplication(role, scope)}/decision`,
      payload: { decision: "rejected", reason: "矩阵不予批准" },
    }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/incentives/ledger": {
    request: () => get("/api/v1/incentives/ledger"),
    expect: incentiveListReaders,
  },
  "POST /api/v1/incentives/factor-requests": {
    request: (_r, scope, f) => ({
      method: "POST",
      url: "/api/v1/incentives/factor-requests",
      payload: {
        clause: "P1-5",
        projectId: f.project.owner[scope],
        title: "规费减免",
        description: "占道开挖费减免",
      },
    }),
    expect: ownerOnly(201),
  },
  "GET /api/v1/incentives/factor-requests": {
    request: () => get("/api/v1/incentives/factor-requests"),
    expect: incentiveListReaders,
  },
  "GET /api/v1/incentives/factor-requests/:id": {
    request: (role, scope, f) => get(`/api/v1/incentives/factor-requests/${f.factorOf[role][scope]}`),
    expect: incentiveReaders,
  },
  "POST /api/v1/incentives/factor-requests/:id/events": {
    request: (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/incentives/factor-requests/${f.factorOf[role][scope]}/events`,
      payload: { comment: "矩阵办理意见" },
    }),
    expect: (role, scope) => (role === "auditor" ? 403 : incentiveReaders(role, scope)),
  },
  "GET /api/v1/projects/:id/funding": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}/funding`),
    expect: readers,
  },
  "PUT /api/v1/projects/:id/funding/:source": {
    request: async (_r, scope, f) => {
      const id = f.project.owner[scope];
      const line = await f.fundingLine(id);
      return {
        method: "PUT",
        url: `/api/v1/projects/${id}/funding/${encodeURIComponent(line.source)}`,
        payload: { securedFen: line.securedFen },
      };
    },
    expect: writers(200),
  },
  "GET /api/v1/financing/summary": { request: () => get("/api/v1/financing/summary"), expect: signedIn(200) },
  "GET /api/v1/whitelist/settings": {
    request: () => get("/api/v1/whitelist/settings"),
    expect: whitelistReaders,
  },
  "PUT /api/v1/whitelist/settings": {
    request: () => ({
      method: "PUT",
      url: "/api/v1/whitelist/settings",
      payload: {
        stages: ["new_start", "under_construction"],
        minGapFen: "1",
        excludeRed: true,
        levels: ["national", "municipal"],
      },
    }),
    expect: only(["city_admin"], 200),
  },
  "POST /api/v1/whitelist/proposals": {
    request: () => ({ method: "POST", url: "/api/v1/whitelist/proposals" }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/whitelist": { request: () => get("/api/v1/whitelist"), expect: whitelistReaders },
  "POST /api/v1/whitelist/:id/confirm": whitelistAction("confirm", "candidate"),
  "POST /api/v1/whitelist/:id/remove": whitelistAction("remove", "candidate"),
  "POST /api/v1/whitelist/:id/publish": whitelistAction("publish", "confirmed"),
  "POST /api/v1/whitelist/:id/decisions": {
    request: (_r, scope, f) => ({
      method: "POST",
      url: `/api/v1/whitelist/${bankEntry(f, scope)}/decisions`,
      payload: { decision: "in_review", note: "矩阵测试" },
    }),
    expect: (role, scope) =>
      role === "anonymous" ? 401 : role === "bank" ? (scope === "in" ? 201 : 404) : 403,
  },
  "GET /api/v1/whitelist/:id/decisions": {
    request: (_r, scope, f) => get(`/api/v1/whitelist/${bankEntry(f, scope)}/decisions`),
    expect: (role, scope) => (role === "bank" ? (scope === "in" ? 200 : 404) : whitelistReaders(role)),
  },
  "GET /api/v1/projects/:id/approvals": {
    request: (role, scope, f) => get(`/api/v1/projects/${f.project[role][scope]}/approvals`),
    expect: readers,
  },
  "POST /api/v1/projects/:id/approvals": {
    request: (role, scope, f) => ({
      method: "POST",
      url: `/api/v1/projects/${f.project[role][scope]}/approvals`,
      payload: { kind: "land_pre_review", submittedOn: "2022-12-01" },
    }),
    expect: coordinators(201),
  },
  "PATCH /api/v1/approvals/:id": {
    request: async (role, scope, f) => {
      const id = f.approvalOf[role][scope];
      return {
        method: "PATCH",
        url: `/api/v1/approvals/${id}`,
        payload: { version: await approvalVersion(id), note: `${role} 更正` },
      };
    },
    expect: coordinators(200),
  },
  "GET /api/v1/approvals": { request: () => get("/api/v1/approvals?status=open"), expect: signedIn(200) },
  "GET /api/v1/approvals/summary": {
    request: () => get("/api/v1/approvals/summary?from=2022-01-01&to=2022-12-31"),
    expect: signedIn(200),
  },
  "GET /api/v1/calendar": { request: () => get("/api/v1/calendar?year=2022"), expect: signedIn(200) },
  "PUT /api/v1/calendar/days/:day": {
    request: () => ({
      method: "PUT",
      url: "/api/v1/calendar/days/2030-10-01",
      payload: { kind: "holiday", name: "国庆节" },
    }),
    expect: only(["city_admin"], 200),
  },
  "DELETE /api/v1/calendar/days/:day": {
    request: async () => ({ method: "DELETE", url: `/api/v1/calendar/days/${await freshCalendarDay()}` }),
    expect: only(["city_admin"], 200),
  },
  "GET /api/v1/audit": { request: () => get("/api/v1/audit"), expect: only(["auditor"], 200) },
  "GET /api/v1/audit/export": {
    request: () => get("/api/v1/audit/export?format=csv"),
    expect: only(["auditor"], 200),
  },
  "GET /api/v1/audit/verify": { request: () => get("/api/v1/audit/verify"), expect: only(["auditor"], 200) },
};

let t: TestApp;
let fixtures: Fixtures;
const clients = {} as Record<Role, Client>;

async function versionOf(id: number): Promise<number> {
  const [row] = await queryRows<{ version: number }>(
    t.database.db,
    sql`select version from publications where id = ${id}`,
  );
  return row!.version;
}

/** A current report of a project in and out of each reviewing role's scope. */
async function reportsFor(deptId: number): Promise<Record<Role, Record<Scope, number>>> {
  const reportWhere = async (condition: ReturnType<typeof sql>) => {
    const [row] = await queryRows<{ id: number }>(
      t.database.db,
      sql`select r.id from progress_reports r join projects p on p.id = r.project_id where r.current and ${condition} order by r.id limit 1`,
    );
    if (!row) throw new Error("no report for the fixture");
    return row.id;
  };
  const any = {
    in: await reportWhere(sql`p.district_code = '500112'`),
    out: await reportWhere(sql`p.district_code = '500101'`),
  };
  const led = sql`(p.lead_department_id = ${deptId} or p.special_code in (select code from specials where lead_department_id = ${deptId}))`;
  const department = { in: await reportWhere(led), out: await reportWhere(sql`not ${led}`) };
  return { anonymous: any, city_admin: any, auditor: any, bank: any, owner: any, district: any, department };
}

async function projectWhere(condition: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select id from projects where ${condition} order by id limit 1`,
  );
  if (!row) throw new Error("no project for the fixture");
  return row.id;
}

beforeAll(async () => {
  t = await seededApp();
  clients.anonymous = t.anonymous;
  for (const role of ROLES.filter((r) => r !== "anonymous")) clients[role] = await t.as(ACCOUNT[role]);
  const admin = clients.city_admin;
  const publish = async (title: string) =>
    (
      await admin({
        method: "POST",
        url: "/api/v1/publications",
        payload: { kind: "case", title, body: "正文" },
      })
    ).json<{ id: number }>().id;
  const published = await publish("已发布案例");
  await admin({ method: "POST", url: `/api/v1/publications/${published}/publish`, payload: { version: 1 } });
  const draft = await publish("草稿");

  const [owner] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select organisation_id as id from users where username = 'owner1'`,
  );
  const [dept] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select organisation_id as id from users where username = 'dept'`,
  );
  const yubei = await projectWhere(sql`district_code = '500112'`);
  const wanzhou = await projectWhere(sql`district_code = '500101'`);
  const own = await projectWhere(sql`owner_id = ${owner!.id}`);
  const notOwn = await projectWhere(sql`owner_id <> ${owner!.id}`);
  const led = await projectWhere(sql`lead_department_id = ${dept!.id}`);
  const notLed = await projectWhere(
    sql`lead_department_id <> ${dept!.id} and special_code not in (select code from specials where lead_department_id = ${dept!.id})`,
  );
  const any = { in: yubei, out: wanzhou };
  // The bank sees the published whitelist: one entry is published, the rest stay candidates to act on.
  const system = testContext(t.database);
  const candidates = (await proposeWhitelist(system)).created.map((e) => ({ id: e.id, version: e.version }));
  const takeCandidate = () => {
    const next = candidates.shift();
    if (!next) throw new Error("no whitelist candidate left for the fixture");
    return next;
  };
  const confirm = async (entry: { id: number; version: number }) => {
    const confirmed = await actOnEntry(system, entry.id, "confirm", { version: entry.version, note: "" });
    return { id: confirmed.id, version: confirmed.version };
  };
  const confirmedFixture = await confirm(takeCandidate());
  const publishedEntry = await actOnEntry(system, confirmedFixture.id, "publish", {
    version: confirmedFixture.version,
    note: "",
  });
  const candidate = takeCandidate();
  const [ownerOrg] = await queryRows<{ uscc: string }>(
    t.database.db,
    sql`select uscc from organisations where id = ${owner!.id}`,
  );
  const [otherOrg] = await queryRows<{ uscc: string }>(
    t.database.db,
    sql`select uscc from organisations where kind = 'enterprise' and id <> ${owner!.id} and uscc is not null order by id limit 1`,
  );
  const raiseProblemOn = async (projectId: number) =>
    (
      await admin({ method: "POST", url: `/api/v1/projects/${projectId}/problems`, payload: newProblem })
    ).json<{ id: number }>().id;
  const projectOf = {
    anonymous: any,
    city_admin: any,
    auditor: any,
    bank: { in: publishedEntry.project.id, out: await projectWhere(sql`stage = 'reserve'`) },
    district: { in: yubei, out: wanzhou },
    owner: { in: own, out: notOwn },
    department: { in: led, out: notLed },
  };
  const applicationOn = async (projectId: number) =>
    (
      await applyForIncentive(system, {
        clause: "P3-1",
        projectId,
        applicantIsSme: false,
        baseFen: "100000",
        evidence: [evidenceOf(`矩阵材料-${projectId}-${Math.random()}`)],
        note: "",
      })
    ).id;
  const factorOn = async (projectId: number) =>
    (
      await raiseFactorRequest(system, {
        clause: "P1-1",
        projectId,
        title: "用地指标",
        description: "新增建设用地",
      })
    ).id;
  const perRole = async (make: (projectId: number) => Promise<number>) => {
    const out = {} as Record<Role, Record<Scope, number>>;
    for (const role of ROLES)
      out[role] = { in: await make(projectOf[role].in), out: await make(projectOf[role].out) };
    return out;
  };
  const approvalOn = async (projectId: number) =>
    (
      await recordApproval(system, projectId, {
        kind: "filing",
        submittedOn: "2022-12-01",
        commitment: true,
        note: "",
      })
    ).id;
  fixtures = {
    approvalOf: await perRole(approvalOn),
    applicationOf: await perRole(applicationOn),
    factorOf: await perRole(factorOn),
    freshApplication: (role, scope) => applicationOn(projectOf[role][scope]),
    ownerUscc: otherOrg!.uscc,
    reserveProject: await projectWhere(sql`stage = 'reserve'`),
    reportOf: await reportsFor(dept!.id),
    async freshPlanning(scope) {
      const res = await admin({
        method: "POST",
        url: "/api/v1/projects",
        payload: { ...newProject, ownerUscc: scope === "in" ? ownerOrg!.uscc : otherOrg!.uscc },
      });
      return res.json<{ id: number }>().id;
    },
    async projectVersion(id) {
      const [row] = await queryRows<{ version: number }>(
        t.database.db,
        sql`select version from projects where id = ${id}`,
      );
      return row!.version;
    },
    project: projectOf,
    published,
    draft,
    draftVersion: () => versionOf(draft),
    problemOf: {} as Fixtures["problemOf"],
    whitelist: { published: publishedEntry.id, candidate: candidate.id },
    freshEntry: async (status) => (status === "candidate" ? takeCandidate() : confirm(takeCandidate())),
    async fundingLine(projectId) {
      const [line] = await queryRows<{ source: string; securedFen: string }>(
        t.database.db,
        sql`select source, secured_fen::text as "securedFen" from project_funding where project_id = ${projectId} order by source limit 1`,
      );
      if (!line) throw new Error("no funding line for the fixture");
      return line;
    },
    freshProblem: (role, scope) => raiseProblemOn(fixtures.project[role][scope]),
  };
  for (const role of ROLES) {
    const on = fixtures.project[role];
    fixtures.problemOf[role] = { in: await raiseProblemOn(on.in), out: await raiseProblemOn(on.out) };
  }
});
afterAll(() => t.close());

describe("authorization matrix", () => {
  it("has an entry for every registered route", () => {
    const registered = t.app.routeList
      .filter((r) => !r.url.startsWith("/api/docs"))
      .map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((key) => !(key in MATRIX));
    expect(missing, "routes without an authorization entry").toEqual([]);
    const stale = Object.keys(MATRIX).filter((key) => !registered.includes(key));
    expect(stale, "entries for routes that no longer exist").toEqual([]);
  });

  for (const [route, c] of Object.entries(MATRIX)) {
    it(`${route}: each role in and out of scope gets its status`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        for (const scope of ["in", "out"] as const) {
          const client = c.freshSession && role !== "anonymous" ? await t.as(ACCOUNT[role]) : clients[role];
          const res = await client(await c.request(role, scope, fixtures));
          outcomes.push(`${role}/${scope}: ${res.statusCode}`);
          expected.push(`${role}/${scope}: ${c.expect(role, scope)}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
