import { createHash } from "node:crypto";

/** SHA-256 by default; SM3 (GB/T 32905) where the deployment asks for 国密. */
export type AuditAlgorithm = "sha256" | "sm3";

/** The fields an entry's hash covers: everything but the hash itself. */
export interface AuditContent {
  seq: number;
  at: string; // ISO instant
  actorUserId: number | null;
  actorUsername: string;
  actorOrganisationId: number | null;
  clientIp: string;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  details: unknown;
}

export const GENESIS_HASH = "0".repeat(64);

/** JSON text already in canonical form: hashed and stored as it is, not parsed and written again. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** A value's canonical JSON, kept as text for the hash and the insert. */
export const canonicalText = (value: unknown) => new JsonText(canonicalJson(value));

/**
 * JSON with object keys sorted at every depth, so the same content always hashes the same way
 * whatever order a database hands the keys back in (jsonb reorders them).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof JsonText) return value.text;
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // The default sort orders by UTF-16 code units, as `<` does.
    const keys = Object.keys(record).sort();
    let out = "";
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      out += `${out ? "," : ""}${JSON.stringify(key)}:${canonicalJson(v)}`;
    }
    return `{${out}}`;
  }
  return JSON.stringify(value);
}

/** hash(n) = H(hash(n−1) ‖ canonical content of n). */
export function chainHash(algorithm: AuditAlgorithm, prevHash: string, content: AuditContent): string {
  return createHash(algorithm).update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}

export type ChainProblem = { seq: number; reason: "gap" | "prev_hash" | "hash" | "head" };

/**
 * Checks rows in seq order against the chain. Returns the first problem: a missing number (a deleted
 * row), a broken link, a hash that no longer matches its content (an altered row), or a head that is
 * ahead of the last row (deleted tail).
 */
export function verifyChain(
  rows: Iterable<AuditContent & { algorithm: string; prevHash: string; hash: string }>,
  start: { seq: number; hash: string },
): { lastSeq: number; lastHash: string; problem: ChainProblem | null } {
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  for (const row of rows) {
    if (row.seq !== expectedSeq)
      return { lastSeq: expectedSeq - 1, lastHash: prevHash, problem: { seq: expectedSeq, reason: "gap" } };
    if (row.prevHash !== prevHash)
      return { lastSeq: row.seq - 1, lastHash: prevHash, problem: { seq: row.seq, reason: "prev_hash" } };
    const { algorithm, prevHash: _p, hash, ...content } = row;
    if (chainHash(algorithm as AuditAlgorithm, prevHash, content) !== hash) {
      return { lastSeq: row.seq - 1, lastHash: prevHash, problem: { seq: row.seq, reason: "hash" } };
    }
    prevHash = hash;
    expectedSeq += 1;
  }
  return { lastSeq: expectedSeq - 1, lastHash: prevHash, problem: null };
}
