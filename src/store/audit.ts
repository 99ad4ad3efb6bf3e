import { and, asc, desc, eq, gt, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { canonicalText, chainHash, type AuditAlgorithm, type AuditContent } from "../domain/audit-chain.js";
import { insertStatements, runAll } from "./bulk-insert.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

/** A transaction handle or the database: entries are written inside the caller's transaction when it has one. */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type NewAuditEntry = Omit<AuditContent, "seq" | "at" | "before" | "after" | "details"> & {
  before?: unknown;
  after?: unknown;
  details?: unknown;
};

/** Entries chained onto the head locked when it was opened; the head moves once, on `finish`. */
export interface AuditAppender {
  /** Numbers and hashes the entries at once; returns the statements inserting them, to run in order. */
  append(entries: NewAuditEntry[]): SQL[];
  /** Moves the head to the last entry; returns its sequence number. */
  finish(): Promise<number>;
}

/**
 * Locks the chain head for the caller's transaction and returns an appender: each entry is numbered
 * after the head, hashed onto the previous hash and inserted in batches. Large writers (imports) hash
 * the next batch while the last is stored; the statements must run in the order of `append`.
 */
export async function openAudit(tx: Tx, at: Date, algorithm: AuditAlgorithm): Promise<AuditAppender> {
  const [head] = await tx.select().from(t.auditHead).where(eq(t.auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head is missing");
  let prevHash = head.hash;
  let seq = head.seq;
  return {
    append(entries) {
      const rows = entries.map((entry) => {
        seq += 1;
        const content: AuditContent = {
          ...entry,
          seq,
          at: at.toISOString(),
          before: canonicalText(entry.before),
          after: canonicalText(entry.after),
          details: canonicalText(entry.details),
        };
        const hash = chainHash(algorithm, prevHash, content);
        const row = { ...content, at, algorithm, prevHash, hash };
        prevHash = hash;
        return row;
      });
      return insertStatements(t.auditLog, rows);
    },
    async finish() {
      if (seq !== head.seq)
        await tx.update(t.auditHead).set({ seq, hash: prevHash }).where(eq(t.auditHead.id, 1));
      return seq;
    },
  };
}

/** Appends entries in order inside the caller's transaction (see openAudit); returns the last sequence number. */
export async function appendAudit(
  tx: Tx,
  entries: NewAuditEntry[],
  at: Date,
  algorithm: AuditAlgorithm,
): Promise<number> {
  const appender = await openAudit(tx, at, algorithm);
  await runAll(tx, appender.append(entries));
  return appender.finish();
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
