import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export async function ensureOrganisation(
  tx: Tx,
  org: { name: string; kind: string; uscc: string | null; districtCode: string | null },
) {
  const [row] = await tx
    .insert(t.organisations)
    .values(org)
    .onConflictDoUpdate({ target: t.organisations.name, set: { kind: org.kind } })
    .returning();
  if (!row) throw new Error("organisation upsert returned no row");
  return row;
}

/** Owners holding the most projects, largest first. */
export async function topOwners(db: Tx, limit: number) {
  return db
    .select({ id: t.organisations.id, name: t.organisations.name, projects: sql<number>`count(*)::int` })
    .from(t.projects)
    .innerJoin(t.organisations, eq(t.organisations.id, t.projects.ownerId))
    .groupBy(t.organisations.id, t.organisations.name)
    .orderBy(desc(sql`count(*)`), asc(t.organisations.id))
    .limit(limit);
}

export async function firstOrganisationOfKind(db: Tx, kind: string) {
  const [row] = await db
    .select()
    .from(t.organisations)
    .where(eq(t.organisations.kind, kind))
    .orderBy(asc(t.organisations.id))
    .limit(1);
  return row ?? null;
}

export async function specialLeadDepartment(db: Tx, specialCode: string) {
  const [row] = await db
    .select({ id: t.organisations.id, name: t.organisations.name })
    .from(t.specials)
    .innerJoin(t.organisations, eq(t.organisations.id, t.specials.leadDepartmentId))
    .where(eq(t.specials.code, specialCode));
  return row ?? null;
}

export async function districtGovernment(db: Tx, districtCode: string) {
  const [row] = await db
    .select()
    .from(t.organisations)
    .where(
      sql`${t.organisations.districtCode} = ${districtCode} and ${t.organisations.kind} = 'district_government'`,
    );
  return row ?? null;
}

export async function organisationNames(db: Tx, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: t.organisations.id, name: t.organisations.name })
    .from(t.organisations)
    .where(inArray(t.organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
