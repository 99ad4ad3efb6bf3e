import { inArray, sql } from "drizzle-orm";
import type { ProjectRecord } from "../domain/project-record.js";
import { insertStatements, runAll } from "./bulk-insert.js";
import { queryRows, type Db } from "./db.js";
import * as t from "./schema.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type ProjectRow = typeof t.projects.$inferSelect;

const CHUNK = 1000;

async function inChunks<T, R>(values: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await run(values.slice(i, i + CHUNK))));
  return out;
}

/** Existing projects an import will update: matched by project code first, then by id. */
export async function matchExisting(
  tx: Tx,
  records: ProjectRecord[],
): Promise<Map<ProjectRecord, ProjectRow>> {
  const codes = [...new Set(records.flatMap((r) => (r.code ? [r.code] : [])))];
  const ids = [...new Set(records.flatMap((r) => (r.id !== null ? [r.id] : [])))];
  const byCode = new Map(
    (await inChunks(codes, (c) => tx.select().from(t.projects).where(inArray(t.projects.code, c)))).map(
      (p) => [p.code ?? "", p],
    ),
  );
  const byId = new Map(
    (await inChunks(ids, (c) => tx.select().from(t.projects).where(inArray(t.projects.id, c)))).map((p) => [
      p.id,
      p,
    ]),
  );
  const matched = new Map<ProjectRecord, ProjectRow>();
  for (const r of records) {
    const hit = (r.code ? byCode.get(r.code) : undefined) ?? (r.id !== null ? byId.get(r.id) : undefined);
    if (hit) matched.set(r, hit);
  }
  return matched;
}

/** Organisations by USCC and by name, for resolving owners and lead departments. */
export async function organisationIndex(tx: Tx) {
  const rows = await tx
    .select({
      id: t.organisations.id,
      name: t.organisations.name,
      uscc: t.organisations.uscc,
      kind: t.organisations.kind,
    })
    .from(t.organisations);
  return {
    byUscc: new Map(rows.flatMap((o) => (o.uscc ? [[o.uscc, o] as const] : []))),
    byName: new Map(rows.map((o) => [o.name, o] as const)),
  };
}

export async function insertOrganisations(tx: Tx, orgs: (typeof t.organisations.$inferInsert)[]) {
  return inChunks(orgs, (chunk) =>
    tx
      .insert(t.organisations)
      .values(chunk)
      .returning({ id: t.organisations.id, name: t.organisations.name, uscc: t.organisations.uscc }),
  );
}

/** Takes `count` ids from the projects' identity sequence, ascending, for rows written later. */
export async function reserveProjectIds(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('projects', 'id'))::int as id from generate_series(1, ${count})`,
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Statements inserting projects whose ids were reserved (reserveProjectIds). */
export const insertProjects = (rows: (typeof t.projects.$inferInsert & { id: number })[]) =>
  insertStatements(t.projects, rows, { givenIds: true });

export const insertPlans = (rows: (typeof t.projectAnnualPlans.$inferInsert)[]) =>
  insertStatements(t.projectAnnualPlans, rows);

export const insertFunding = (rows: (typeof t.projectFunding.$inferInsert)[]) =>
  insertStatements(t.projectFunding, rows);

/** Replaces the annual plan lines of the given projects. */
export async function replacePlans(
  tx: Tx,
  projectIds: number[],
  rows: (typeof t.projectAnnualPlans.$inferInsert)[],
): Promise<void> {
  await inChunks(projectIds, async (c) => {
    await tx.delete(t.projectAnnualPlans).where(inArray(t.projectAnnualPlans.projectId, c));
    return [];
  });
  await runAll(tx, insertPlans(rows));
}

/** Removes the funding lines of the given projects (an import then writes the file's). */
export async function deleteFundingOf(tx: Tx, projectIds: number[]): Promise<void> {
  await inChunks(projectIds, async (c) => {
    await tx.delete(t.projectFunding).where(inArray(t.projectFunding.projectId, c));
    return [];
  });
}
