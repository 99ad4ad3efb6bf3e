import type { Principal } from "../domain/access.js";
import type { AuditAlgorithm } from "../domain/audit-chain.js";
import type { Db } from "../store/db.js";

/** Who is asking: a signed-in user, an anonymous visitor, or the system itself (CLI, seeding). */
export type Actor =
  | { kind: "user"; principal: Principal; clientIp: string; sessionTokenHash: string | null }
  | { kind: "anonymous"; clientIp: string }
  | { kind: "system"; name: string };

export interface Security {
  auditAlgorithm: AuditAlgorithm;
  /** Production mode forces seeded passwords to be changed at first sign-in. */
  production: boolean;
  /** SM4 key for sensitive fields at rest; null stores them as given. */
  fieldKey: Buffer | null;
}

/** What every use case receives: the database, the clock (replaceable in tests), the caller and the security settings. */
export interface ServiceContext {
  db: Db;
  now: () => Date;
  actor: Actor;
  security: Security;
}

export const defaultSecurity: Security = { auditAlgorithm: "sha256", production: false, fieldKey: null };

export const systemActor = (name: string): Actor => ({ kind: "system", name });
