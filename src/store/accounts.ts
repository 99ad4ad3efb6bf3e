import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Role } from "../domain/access.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type UserRow = typeof t.users.$inferSelect;
export type UserWithOrganisation = UserRow & {
  organisation: { id: number; name: string; kind: string; districtCode: string | null; uscc: string | null };
};

const withOrganisation = {
  user: t.users,
  organisation: {
    id: t.organisations.id,
    name: t.organisations.name,
    kind: t.organisations.kind,
    districtCode: t.organisations.districtCode,
    uscc: t.organisations.uscc,
  },
};

export async function findUserByUsername(db: Tx, username: string): Promise<UserWithOrganisation | null> {
  const [row] = await db
    .select(withOrganisation)
    .from(t.users)
    .innerJoin(t.organisations, eq(t.organisations.id, t.users.organisationId))
    .where(eq(sql`lower(${t.users.username})`, username.toLowerCase()));
  return row ? { ...row.user, organisation: row.organisation } : null;
}

export async function findUserById(db: Tx, id: number): Promise<UserWithOrganisation | null> {
  const [row] = await db
    .select(withOrganisation)
    .from(t.users)
    .innerJoin(t.organisations, eq(t.organisations.id, t.users.organisationId))
    .where(eq(t.users.id, id));
  return row ? { ...row.user, organisation: row.organisation } : null;
}

export interface NewUser {
  username: string;
  displayName: string;
  organisationId: number;
  roles: Role[];
  passwordHash: string;
  mustChangePassword: boolean;
  phone?: string | null;
}

export async function insertUser(tx: Tx, user: NewUser): Promise<UserRow> {
  const [row] = await tx.insert(t.users).values(user).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateUser(tx: Tx, id: number, changes: Partial<Omit<UserRow, "id">>): Promise<void> {
  await tx.update(t.users).set(changes).where(eq(t.users.id, id));
}

export async function findOrganisationByName(db: Tx, name: string) {
  const [row] = await db.select().from(t.organisations).where(eq(t.organisations.name, name));
  return row ?? null;
}

export async function findOrganisation(db: Tx, id: number) {
  const [row] = await db.select().from(t.organisations).where(eq(t.organisations.id, id));
  return row ?? null;
}

export async function usernameTaken(db: Tx, username: string): Promise<boolean> {
  const rows = await db
    .select({ id: t.users.id })
    .from(t.users)
    .where(eq(sql`lower(${t.users.username})`, username.toLowerCase()));
  return rows.length > 0;
}

export type SessionRow = typeof t.sessions.$inferSelect;

export async function insertSession(tx: Tx, session: SessionRow): Promise<void> {
  await tx.insert(t.sessions).values(session);
}

/** A session with its user and organisation, in one round trip (every signed-in request asks). */
export async function findSessionWithUser(
  db: Tx,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserWithOrganisation } | null> {
  const [row] = await db
    .select({ session: t.sessions, ...withOrganisation })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.users.organisationId))
    .where(eq(t.sessions.tokenHash, tokenHash));
  return row ? { session: row.session, user: { ...row.user, organisation: row.organisation } } : null;
}

export async function touchSession(db: Tx, tokenHash: string, at: Date): Promise<void> {
  await db.update(t.sessions).set({ lastSeenAt: at }).where(eq(t.sessions.tokenHash, tokenHash));
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.delete(t.sessions).where(eq(t.sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(tx: Tx, userId: number, exceptTokenHash?: string): Promise<void> {
  await tx
    .delete(t.sessions)
    .where(
      and(
        eq(t.sessions.userId, userId),
        exceptTokenHash ? sql`${t.sessions.tokenHash} <> ${exceptTokenHash}` : undefined,
      ),
    );
}

/** Removes sessions past their absolute end or idle since `idleBefore`. */
export async function deleteStaleSessions(db: Tx, now: Date, idleBefore: Date): Promise<void> {
  await db.delete(t.sessions).where(or(lt(t.sessions.expiresAt, now), lt(t.sessions.lastSeenAt, idleBefore)));
}

export async function countUsers(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(t.users);
  return row?.n ?? 0;
}
