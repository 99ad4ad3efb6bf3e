import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;
export type PublicationRow = typeof t.publications.$inferSelect;
export type NewPublication = Pick<
  typeof t.publications.$inferInsert,
  "kind" | "title" | "body" | "projectIds" | "images" | "createdBy"
>;

export async function insertPublication(tx: Tx, row: NewPublication): Promise<PublicationRow> {
  const [created] = await tx.insert(t.publications).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

/** Updates only when the stored version is the one the caller edited; returns null otherwise. */
export async function updatePublication(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<PublicationRow>,
): Promise<PublicationRow | null> {
  const [row] = await tx
    .update(t.publications)
    .set({ ...changes, version: sql`${t.publications.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(t.publications.id, id), eq(t.publications.version, version)))
    .returning();
  return row ?? null;
}

export async function findPublication(
  db: Tx,
  id: number,
  publishedOnly: boolean,
): Promise<PublicationRow | null> {
  const [row] = await db
    .select()
    .from(t.publications)
    .where(
      and(eq(t.publications.id, id), publishedOnly ? eq(t.publications.status, "published") : undefined),
    );
  return row ?? null;
}

export async function listPublications(
  db: Tx,
  opts: { publishedOnly: boolean; kind?: string | undefined; limit: number },
) {
  return db
    .select()
    .from(t.publications)
    .where(
      and(
        opts.publishedOnly ? eq(t.publications.status, "published") : undefined,
        opts.kind ? eq(t.publications.kind, opts.kind) : undefined,
      ),
    )
    .orderBy(
      desc(sql`coalesce(${t.publications.publishedAt}, ${t.publications.updatedAt})`),
      desc(t.publications.id),
    )
    .limit(opts.limit);
}

/** The public face of linked projects: name, special and district only. */
export async function projectCards(db: Tx, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: t.projects.id,
      name: t.projects.name,
      specialCode: t.projects.specialCode,
      districtCode: t.projects.districtCode,
    })
    .from(t.projects)
    .where(inArray(t.projects.id, ids));
}
