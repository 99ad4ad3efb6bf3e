import type { PublicationInput, Publication, PublicPublication } from "../domain/contracts/publication.js";
import { AppError, invalidField, notFound } from "../domain/errors.js";
import {
  projectCards,
  findPublication,
  insertPublication,
  listPublications,
  updatePublication,
  type PublicationRow,
} from "../store/publications.js";
import { principalOf, requirePermission } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

async function present(ctx: ServiceContext, row: PublicationRow): Promise<Publication> {
  const cards = await projectCards(ctx.db, row.projectIds);
  return {
    id: row.id,
    kind: row.kind as Publication["kind"],
    title: row.title,
    body: row.body,
    images: row.images,
    projects: row.projectIds.map((id) => cards.find((c) => c.id === id)).filter((c) => c !== undefined),
    status: row.status as Publication["status"],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toPublic(p: Publication): PublicPublication {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    body: p.body,
    images: p.images,
    projects: p.projects,
    publishedAt: p.publishedAt ?? "",
  };
}

async function assertProjectsExist(ctx: ServiceContext, ids: number[]): Promise<void> {
  const found = new Set((await projectCards(ctx.db, ids)).map((c) => c.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw invalidField(
      "projectIds",
      `项目不存在：${missing.join("、")}`,
      `no such projects: ${missing.join(", ")}`,
    );
}

/** Published items only, for anyone. */
export async function listPublic(
  ctx: ServiceContext,
  kind: string | undefined,
): Promise<PublicPublication[]> {
  const rows = await listPublications(ctx.db, { publishedOnly: true, kind, limit: 200 });
  return Promise.all(rows.map(async (r) => toPublic(await present(ctx, r))));
}

export async function getPublic(ctx: ServiceContext, id: number): Promise<PublicPublication> {
  const row = await findPublication(ctx.db, id, true);
  if (!row) throw notFound("内容", "Publication", id);
  return toPublic(await present(ctx, row));
}

/** Drafts and published items, for the city administrator. */
export async function listAll(ctx: ServiceContext, kind: string | undefined): Promise<Publication[]> {
  await requirePermission(ctx, "publications.manage", "publication");
  const rows = await listPublications(ctx.db, { publishedOnly: false, kind, limit: 500 });
  return Promise.all(rows.map((r) => present(ctx, r)));
}

export async function createPublication(ctx: ServiceContext, input: PublicationInput): Promise<Publication> {
  await requirePermission(ctx, "publications.manage", "publication");
  await assertProjectsExist(ctx, input.projectIds);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertPublication(tx, { ...input, createdBy: principalOf(ctx)?.userId ?? null });
    await record(ctx, tx, {
      action: "publication.created",
      entityType: "publication",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return present(ctx, row);
}

const stale = (current: PublicationRow) =>
  new AppError(
    409,
    "version_conflict",
    `内容已被他人修改（当前版本 ${current.version}），请刷新后重试`,
    `Changed by someone else (now version ${current.version}); reload and try again`,
    "version",
  );

/** Applies a change to the version the caller edited; a stale version is a 409 and changes nothing. */
async function change(
  ctx: ServiceContext,
  id: number,
  version: number,
  action: string,
  changes: Partial<PublicationRow>,
): Promise<Publication> {
  await requirePermission(ctx, "publications.manage", "publication");
  const current = await findPublication(ctx.db, id, false);
  if (!current) throw notFound("内容", "Publication", id);
  if (current.version !== version) throw stale(current);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updatePublication(tx, id, version, changes);
    if (!updated) throw stale(current);
    await record(ctx, tx, {
      action,
      entityType: "publication",
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
  return present(ctx, row);
}

export async function updatePublicationContent(
  ctx: ServiceContext,
  id: number,
  input: Partial<PublicationInput> & { version: number },
) {
  const { version, ...changes } = input;
  if (changes.projectIds) await assertProjectsExist(ctx, changes.projectIds);
  return change(ctx, id, version, "publication.updated", changes);
}

export async function setPublished(ctx: ServiceContext, id: number, version: number, published: boolean) {
  return change(ctx, id, version, published ? "publication.published" : "publication.unpublished", {
    status: published ? "published" : "draft",
    publishedAt: published ? ctx.now() : null,
  });
}
