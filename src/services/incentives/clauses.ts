import type {
  Clause,
  ClauseList,
  ClauseVersion,
  ClauseVersionInput,
} from "../../domain/contracts/incentives.js";
import { businessDate } from "../../domain/dates.js";
import { invalidFields, notFound } from "../../domain/errors.js";
import { clauseTermsSchema, type ClauseTerms } from "../../domain/incentives/terms.js";
import { dayBefore, newVersionProblems, versionInForce } from "../../domain/incentives/versions.js";
import {
  clausesWithVersions,
  clauseWithVersions,
  closeOpenVersion,
  insertClauseVersion,
  lockClause,
} from "../../store/policy-clauses.js";
import type { Db } from "../../store/db.js";
import { principalOf, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";

type ClauseRow = NonNullable<Awaited<ReturnType<typeof clauseWithVersions>>>;
type VersionRow = ClauseRow["versions"][number];
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

function presentVersion(v: VersionRow): ClauseVersion {
  return {
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    terms: clauseTermsSchema.parse(v.terms),
    note: v.note,
    changedBy: v.changedBy,
    at: v.at.toISOString(),
  };
}

function presentClause(row: ClauseRow, asOf: string): Clause {
  const versions = row.versions.map(presentVersion);
  const inForce = versionInForce(versions, asOf);
  // Reference loading writes version 1 of every clause, so a clause without versions is a defect.
  const shown = inForce ?? versions[0];
  if (!shown) throw new Error(`policy clause ${row.code} has no versions`);
  return {
    code: row.code,
    group: row.group,
    zh: row.zh,
    kind: shown.terms.kind,
    inForce,
    versions,
  };
}

export const unknownClause = (code: string) =>
  invalidFields([
    {
      field: "clause",
      message: `没有编号为“${code}”的政策条款`,
      messageEn: `there is no policy clause ${code}`,
    },
  ]);

/** The plan's clauses with the version of each in force on `date` (today by default). */
export async function listClauses(ctx: ServiceContext, date?: string): Promise<ClauseList> {
  await requirePermission(ctx, "incentives.read", "policy_clause");
  const asOf = date ?? businessDate(ctx.now());
  const rows = await clausesWithVersions(ctx.db);
  return { asOf, items: rows.map((r) => presentClause(r, asOf)) };
}

export async function getClause(ctx: ServiceContext, code: string, date?: string): Promise<Clause> {
  await requirePermission(ctx, "incentives.read", "policy_clause");
  const row = await clauseWithVersions(ctx.db, code);
  if (!row) throw notFound("政策条款", "Policy clause", code);
  return presentClause(row, date ?? businessDate(ctx.now()));
}

/** The clause's terms in force on a date, or null when the clause is unknown or not yet in force. */
export async function termsInForce(
  db: Tx,
  code: string,
  date: string,
): Promise<{ zh: string; version: number; terms: ClauseTerms } | null | "unknown"> {
  const row = await clauseWithVersions(db, code);
  if (!row) return "unknown";
  const v = versionInForce(row.versions, date);
  return v ? { zh: row.zh, version: v.version, terms: clauseTermsSchema.parse(v.terms) } : null;
}

/**
 * The city issues a new version of a clause's terms from a date (today or later); the version it
 * replaces ends the day before. Earlier versions stay as they were, so past quotes can be explained.
 */
export async function addClauseVersion(
  ctx: ServiceContext,
  code: string,
  input: ClauseVersionInput,
): Promise<Clause> {
  await requirePermission(ctx, "policies.manage", "policy_clause");
  await requireWriter(ctx, "policy_clause");
  const today = businessDate(ctx.now());
  await ctx.db.transaction(async (tx) => {
    if (!(await lockClause(tx, code))) throw notFound("政策条款", "Policy clause", code);
    const before = await clauseWithVersions(tx, code);
    const latest = before?.versions[0] ?? null;
    const problems = newVersionProblems(latest, input.effectiveFrom, today);
    if (problems.length) throw invalidFields(problems);
    await closeOpenVersion(tx, code, dayBefore(input.effectiveFrom));
    const created = await insertClauseVersion(tx, {
      clauseCode: code,
      version: (latest?.version ?? 0) + 1,
      effectiveFrom: input.effectiveFrom,
      terms: input.terms,
      note: input.note,
      changedBy: principalOf(ctx)?.userId ?? null,
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "policy_clause.version_added",
      entityType: "policy_clause",
      entityId: code,
      before: latest,
      after: created,
    });
  });
  return getClause(ctx, code, today);
}
