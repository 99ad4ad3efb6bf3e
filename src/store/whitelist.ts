import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type WhitelistEntryRow = typeof t.whitelistEntries.$inferSelect;

/** The one settings row; `lock` holds it for the transaction so proposals and rule edits run one at a time. */
export async function readWhitelistSettings(tx: Tx, lock = false) {
  const query = tx
    .select({
      rules: t.whitelistSettings.rules,
      updatedBy: t.users.username,
      updatedAt: t.whitelistSettings.updatedAt,
    })
    .from(t.whitelistSettings)
    .leftJoin(t.users, eq(t.users.id, t.whitelistSettings.updatedBy))
    .where(eq(t.whitelistSettings.id, 1));
  const [row] = lock ? await query.for("update", { of: t.whitelistSettings }) : await query;
  if (!row) throw new Error("whitelist_settings has no row; the migrations were not applied");
  return row;
}

export async function writeWhitelistRules(
  tx: Tx,
  rules: Record<string, unknown>,
  userId: number | null,
  at: Date,
): Promise<void> {
  await tx
    .update(t.whitelistSettings)
    .set({ rules, updatedBy: userId, updatedAt: at })
    .where(eq(t.whitelistSettings.id, 1));
}

/**
 * What the proposal weighs for every project: stage, level, investment, secured funding, its dispatch
 * figures in `month` (absent when the month has none), and whether it is or was on the whitelist.
 */
export async function whitelistInputs(tx: Tx, month: string | null) {
  const secured = tx
    .select({
      projectId: t.projectFunding.projectId,
      secured: sql<string>`sum(${t.projectFunding.securedFen})`.as("secured"),
    })
    .from(t.projectFunding)
    .groupBy(t.projectFunding.projectId)
    .as("secured_by_project");
  const liveEntry = sql`exists (select 1 from ${t.whitelistEntries} where ${t.whitelistEntries.projectId} = ${t.projects.id} and ${t.whitelistEntries.status} <> 'removed')`;
  const removedEntry = sql`exists (select 1 from ${t.whitelistEntries} where ${t.whitelistEntries.projectId} = ${t.projects.id} and ${t.whitelistEntries.status} = 'removed')`;
  return tx
    .select({
      id: t.projects.id,
      stage: t.projects.stage,
      level: t.projects.level,
      totalInvestmentFen: t.projects.totalInvestmentFen,
      securedFen: sql<string>`coalesce(${secured.secured}, 0)::text`,
      baseLevel: t.dispatchFacts.baseLevel,
      reportDue: t.dispatchFacts.reportDue,
      reported: t.dispatchFacts.reported,
      listed: sql<boolean>`${liveEntry}`,
      removedBefore: sql<boolean>`${removedEntry}`,
    })
    .from(t.projects)
    .leftJoin(secured, eq(secured.projectId, t.projects.id))
    .leftJoin(
      t.dispatchFacts,
      and(eq(t.dispatchFacts.projectId, t.projects.id), eq(t.dispatchFacts.month, month ?? "")),
    )
    .orderBy(t.projects.id);
}

export async function insertEntries(
  tx: Tx,
  rows: (typeof t.whitelistEntries.$inferInsert)[],
): Promise<number[]> {
  if (!rows.length) return [];
  const ids = await tx.insert(t.whitelistEntries).values(rows).returning({ id: t.whitelistEntries.id });
  return ids.map((r) => r.id);
}

export async function lockEntry(tx: Tx, id: number): Promise<WhitelistEntryRow | null> {
  const [row] = await tx.select().from(t.whitelistEntries).where(eq(t.whitelistEntries.id, id)).for("update");
  return row ?? null;
}

/** Writes the change only if the entry is still at `version`; null when it moved on. */
export async function updateEntry(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<typeof t.whitelistEntries.$inferInsert>,
): Promise<WhitelistEntryRow | null> {
  const [row] = await tx
    .update(t.whitelistEntries)
    .set({ ...changes, version: sql`${t.whitelistEntries.version} + 1` })
    .where(and(eq(t.whitelistEntries.id, id), eq(t.whitelistEntries.version, version)))
    .returning();
  return row ?? null;
}

export interface EntryFilter {
  ids?: number[];
  statuses?: string[];
}

/** Entries with their project, owner, secured funding today and who confirmed them; newest proposals first. */
export async function listEntries(db: Tx, filter: EntryFilter) {
  const where: SQL[] = [];
  if (filter.ids) where.push(filter.ids.length ? inArray(t.whitelistEntries.id, filter.ids) : sql`false`);
  if (filter.statuses)
    where.push(filter.statuses.length ? inArray(t.whitelistEntries.status, filter.statuses) : sql`false`);
  const confirmer = alias(t.users, "confirmer");
  const secured = sql<string>`coalesce((select sum(${t.projectFunding.securedFen}) from ${t.projectFunding} where ${t.projectFunding.projectId} = ${t.projects.id}), 0)::text`;
  return db
    .select({
      entry: t.whitelistEntries,
      confirmedBy: confirmer.username,
      project: {
        id: t.projects.id,
        code: t.projects.code,
        name: t.projects.name,
        sectorCode: t.projects.sectorCode,
        specialCode: t.projects.specialCode,
        districtCode: t.projects.districtCode,
        stage: t.projects.stage,
        level: t.projects.level,
        totalInvestmentFen: t.projects.totalInvestmentFen,
      },
      ownerName: t.organisations.name,
      securedFen: secured,
    })
    .from(t.whitelistEntries)
    .innerJoin(t.projects, eq(t.projects.id, t.whitelistEntries.projectId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.projects.ownerId))
    .leftJoin(confirmer, eq(confirmer.id, t.whitelistEntries.confirmedBy))
    .where(and(...where))
    .orderBy(desc(t.whitelistEntries.proposedAt), desc(t.whitelistEntries.id));
}

export async function insertDecision(tx: Tx, row: typeof t.bankDecisions.$inferInsert): Promise<number> {
  const [created] = await tx.insert(t.bankDecisions).values(row).returning({ id: t.bankDecisions.id });
  if (!created) throw new Error("insert returned no row");
  return created.id;
}

const decisionColumns = {
  id: t.bankDecisions.id,
  entryId: t.bankDecisions.entryId,
  bankId: t.bankDecisions.bankId,
  bankName: t.organisations.name,
  decision: t.bankDecisions.decision,
  amountFen: t.bankDecisions.amountFen,
  note: t.bankDecisions.note,
  decidedBy: t.users.username,
  decidedAt: t.bankDecisions.decidedAt,
};

/** Every decision on these entries, newest first; only `bankId`'s when given. */
export async function decisionHistory(db: Tx, entryIds: number[], bankId: number | null) {
  if (!entryIds.length) return [];
  return db
    .select(decisionColumns)
    .from(t.bankDecisions)
    .innerJoin(t.organisations, eq(t.organisations.id, t.bankDecisions.bankId))
    .leftJoin(t.users, eq(t.users.id, t.bankDecisions.decidedBy))
    .where(
      and(
        inArray(t.bankDecisions.entryId, entryIds),
        bankId === null ? undefined : eq(t.bankDecisions.bankId, bankId),
      ),
    )
    .orderBy(desc(t.bankDecisions.decidedAt), desc(t.bankDecisions.id));
}

/** Each bank's latest decision on these entries (only `bankId`'s when given). */
export async function latestDecisions(db: Tx, entryIds: number[], bankId: number | null) {
  if (!entryIds.length) return [];
  return db
    .selectDistinctOn([t.bankDecisions.entryId, t.bankDecisions.bankId], decisionColumns)
    .from(t.bankDecisions)
    .innerJoin(t.organisations, eq(t.organisations.id, t.bankDecisions.bankId))
    .leftJoin(t.users, eq(t.users.id, t.bankDecisions.decidedBy))
    .where(
      and(
        inArray(t.bankDecisions.entryId, entryIds),
        bankId === null ? undefined : eq(t.bankDecisions.bankId, bankId),
      ),
    )
    .orderBy(
      t.bankDecisions.entryId,
      t.bankDecisions.bankId,
      desc(t.bankDecisions.decidedAt),
      desc(t.bankDecisions.id),
    );
}
