import { and, asc, desc, eq, gt, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { chainHash, toAuditJson, type AuditAlgorithm, type AuditContent } from "../domain/audit-chain.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

/** A transaction handle or the database: entries are written inside the caller's transaction when it has one. */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type NewAuditEntry = Omit<AuditContent, "seq" | "at" | "before" | "after" | "details"> & {
  before?: unknown;
  after?: unknown;
  details?: unknown;
};

/**
 * Appends entries in order: locks the chain head, numbers each entry after it, hashes each onto the
 * previous hash, inserts them in batches and moves the head once. Call inside the transaction of the
 * change they record; returns the last sequence number.
 */
export async function appendAudit(
  tx: Tx,
  entries: NewAuditEntry[],
  at: Date,
  algorithm: AuditAlgorithm,
): Promise<number> {
  const [head] = await tx.select().from(t.auditHead).where(eq(t.auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head is missing");
  if (entries.length === 0) return head.seq;
  let prevHash = head.hash;
  let seq = head.seq;
  const rows = entries.map((entry) => {
    seq += 1;
    const content: AuditContent = {
      ...entry,
      seq,
      at: at.toISOString(),
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      details: toAuditJson(entry.details),
    };
    const hash = chainHash(algorithm, prevHash, content);
    const row = { ...content, at, algorithm, prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(t.auditLog).values(rows.slice(i, i + 500));
  await tx.update(t.auditHead).set({ seq, hash: prevHash }).where(eq(t.auditHead.id, 1));
  return seq;
}

export async function auditHead(db: Db): Promise<{ seq: number; hash: string }> {
  const [head] = await db
    .select({ seq: t.auditHead.seq, hash: t.auditHead.hash })
    .from(t.auditHead)
    .where(eq(t.auditHead.id, 1));
  if (!head) throw new Error("audit_head is missing");
  return head;
}

type AuditRow = typeof t.auditLog.$inferSelect;

export function toContent(
  row: AuditRow,
): AuditContent & { algorithm: string; prevHash: string; hash: string } {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actorOrganisationId: row.actorOrganisationId,
    clientIp: row.clientIp,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    outcome: row.outcome,
    before: row.before,
    after: row.after,
    details: row.details,
    algorithm: row.algorithm,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** Rows after `afterSeq` in order, a batch at a time, for verification and export. */
export async function auditBatch(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(t.auditLog)
    .where(gt(t.auditLog.seq, afterSeq))
    .orderBy(asc(t.auditLog.seq))
    .limit(limit);
}

export interface AuditFilters {
  from?: Date | undefined;
  to?: Date | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  outcome?: string | undefined;
}

export function auditConditions(f: AuditFilters): SQL[] {
  const where: SQL[] = [];
  if (f.from) where.push(gte(t.auditLog.at, f.from));
  if (f.to) where.push(lte(t.auditLog.at, f.to));
  if (f.action) where.push(eq(t.auditLog.action, f.action));
  if (f.actor) where.push(eq(t.auditLog.actorUsername, f.actor));
  if (f.entityType) where.push(eq(t.auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(t.auditLog.entityId, f.entityId));
  if (f.outcome) where.push(eq(t.auditLog.outcome, f.outcome));
  return where;
}

/** Newest first, by keyset on seq. */
export async function listAudit(
  db: Db,
  where: SQL[],
  beforeSeq: number | null,
  limit: number,
): Promise<AuditRow[]> {
  const conditions = beforeSeq === null ? where : [...where, lt(t.auditLog.seq, beforeSeq)];
  return db
    .select()
    .from(t.auditLog)
    .where(and(...conditions))
    .orderBy(desc(t.auditLog.seq))
    .limit(limit);
}

/** Oldest first, for export, a batch at a time. */
export async function auditExportBatch(
  db: Db,
  where: SQL[],
  afterSeq: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(t.auditLog)
    .where(and(...where, gt(t.auditLog.seq, afterSeq)))
    .orderBy(asc(t.auditLog.seq))
    .limit(limit);
}

export async function countAuditRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(t.auditLog);
  return row?.n ?? 0;
}
