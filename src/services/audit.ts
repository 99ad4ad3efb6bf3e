import { verifyChain, GENESIS_HASH, type ChainProblem } from "../domain/audit-chain.js";
import {
  auditBatch,
  auditConditions,
  auditExportBatch,
  auditHead,
  listAudit,
  toContent,
  type AuditFilters,
} from "../store/audit.js";
import { requirePermission } from "./access.js";
import { recordAlone } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

const BATCH = 5000;

export interface VerifyResult {
  entries: number;
  problem: ChainProblem | null;
}

/**
 * Walks the whole chain from the first entry: every number present, every link and hash intact, and
 * the head pointing at the last entry. Stops at the first bad sequence number.
 */
export async function verifyAuditChain(ctx: ServiceContext): Promise<VerifyResult> {
  let position = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await auditBatch(ctx.db, position.seq, BATCH);
    if (rows.length === 0) break;
    const checked = verifyChain(rows.map(toContent), position);
    if (checked.problem) return { entries: checked.lastSeq, problem: checked.problem };
    position = { seq: checked.lastSeq, hash: checked.lastHash };
  }
  const head = await auditHead(ctx.db);
  if (head.seq !== position.seq || head.hash !== position.hash) {
    return { entries: position.seq, problem: { seq: position.seq + 1, reason: "head" } };
  }
  return { entries: position.seq, problem: null };
}

export type AuditEntryView = ReturnType<typeof toContent>;

/** A page of the log, newest first, for the auditor. */
export async function listAuditEntries(
  ctx: ServiceContext,
  filters: AuditFilters,
  page: { beforeSeq: number | null; limit: number },
): Promise<{ items: AuditEntryView[]; nextBeforeSeq: number | null }> {
  await requirePermission(ctx, "audit.read", "audit_log");
  const rows = await listAudit(ctx.db, auditConditions(filters), page.beforeSeq, page.limit + 1);
  const items = rows.slice(0, page.limit).map(toContent);
  return { items, nextBeforeSeq: rows.length > page.limit ? (items.at(-1)?.seq ?? null) : null };
}

/** Streams the matching entries oldest first, recording the export itself. */
export async function* exportAuditEntries(
  ctx: ServiceContext,
  filters: AuditFilters,
  format: string,
): AsyncGenerator<AuditEntryView> {
  await requirePermission(ctx, "audit.read", "audit_log");
  await recordAlone(ctx, { action: "audit.exported", entityType: "audit_log", details: { format, filters } });
  const where = auditConditions(filters);
  let after = 0;
  for (;;) {
    const rows = await auditExportBatch(ctx.db, where, after, 2000);
    if (rows.length === 0) return;
    for (const row of rows) yield toContent(row);
    after = rows.at(-1)?.seq ?? after;
  }
}

/** The chain check for the auditor over the API. */
export async function auditChainStatus(ctx: ServiceContext) {
  await requirePermission(ctx, "audit.read", "audit_log");
  const result = await verifyAuditChain(ctx);
  return { entries: result.entries, ok: result.problem === null, problem: result.problem };
}
