import {
  whitelistRulesSchema,
  type ProposalResult,
  type WhitelistActionInput,
  type WhitelistEntry,
  type WhitelistRulesInput,
  type WhitelistSettings,
} from "../../domain/contracts/financing.js";
import { businessDate } from "../../domain/dates.js";
import { reportDueDate } from "../../domain/dispatch/warnings.js";
import { AppError, invalidFields, notFound } from "../../domain/errors.js";
import {
  ACTION_TO,
  actionRefusal,
  assessForWhitelist,
  previousMonth,
  type WhitelistAction,
  type WhitelistRules,
  type WhitelistStatus,
} from "../../domain/financing/whitelist.js";
import type { Stage } from "../../domain/lifecycle.js";
import { fen } from "../../domain/money.js";
import type { ProjectLevel } from "../../domain/plan.js";
import { dispatchStartMonth, readDispatchSettings } from "../../store/dispatch-settings.js";
import {
  insertEntries,
  lockEntry,
  readWhitelistSettings,
  updateEntry,
  whitelistInputs,
  writeWhitelistRules,
} from "../../store/whitelist.js";
import { principalOf, requirePermission, requireWriter } from "../access.js";
import { record } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { ensureDispatchThrough } from "../dispatch-upkeep.js";
import { presentEntries, whitelistView } from "./whitelist-view.js";

/** The stored rules, read with the contract's schema (they were written through it). */
function storedRules(json: unknown): WhitelistRulesInput {
  const parsed = whitelistRulesSchema.safeParse(json);
  if (!parsed.success) throw new Error("whitelist_settings holds rules the contract does not accept");
  return parsed.data;
}

const rulesOf = (input: WhitelistRulesInput): WhitelistRules => ({
  stages: input.stages,
  minGapFen: fen(BigInt(input.minGapFen)),
  excludeRed: input.excludeRed,
  levels: input.levels,
});

async function mayManage(ctx: ServiceContext): Promise<void> {
  await requirePermission(ctx, "whitelist.manage", "whitelist");
  await requireWriter(ctx, "whitelist");
}

export async function getWhitelistSettings(ctx: ServiceContext): Promise<WhitelistSettings> {
  await requirePermission(ctx, "whitelist.read", "whitelist_settings");
  const row = await readWhitelistSettings(ctx.db);
  return { rules: storedRules(row.rules), updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
}

/** The city changes the rules that propose candidates; entries already on the list stay as they are. */
export async function updateWhitelistSettings(
  ctx: ServiceContext,
  input: WhitelistRulesInput,
): Promise<WhitelistSettings> {
  await mayManage(ctx);
  const rules: WhitelistRulesInput = {
    stages: [...new Set(input.stages)],
    minGapFen: BigInt(input.minGapFen).toString(),
    excludeRed: input.excludeRed,
    levels: [...new Set(input.levels)],
  };
  await ctx.db.transaction(async (tx) => {
    const before = storedRules((await readWhitelistSettings(tx, true)).rules);
    await writeWhitelistRules(tx, rules, principalOf(ctx)?.userId ?? null, ctx.now());
    await record(ctx, tx, {
      action: "whitelist.settings_changed",
      entityType: "whitelist_settings",
      entityId: 1,
      before,
      after: rules,
    });
  });
  return getWhitelistSettings(ctx);
}

/**
 * The latest fully past month (the one before today's), whose warnings the rules read; null before the
 * dispatch has a month to assess. Its figures are built first if nobody asked for them yet.
 */
async function assessedMonth(ctx: ServiceContext, today: string) {
  const start = await dispatchStartMonth(ctx.db);
  const month = previousMonth(today.slice(0, 7));
  if (!start || month < start) return null;
  await ensureDispatchThrough(ctx.db, month);
  const deadline = reportDueDate(month, (await readDispatchSettings(ctx.db)).reportDueDay);
  return { month, deadline, deadlinePassed: today > deadline };
}

/**
 * Weighs every project against the rules in force and adds the ones meeting them all as candidates, with
 * the reasons in words and numbers. Projects already on the list keep their entry; projects the city
 * removed before are not proposed again (its removal is a decision, not an oversight).
 */
export async function proposeWhitelist(ctx: ServiceContext): Promise<ProposalResult> {
  await mayManage(ctx);
  const today = businessDate(ctx.now());
  const assessed = await assessedMonth(ctx, today);
  const outcome = await ctx.db.transaction(async (tx) => {
    const settings = await readWhitelistSettings(tx, true);
    const input = storedRules(settings.rules);
    const rules = rulesOf(input);
    const projects = await whitelistInputs(tx, assessed?.month ?? null);
    let eligible = 0;
    let alreadyListed = 0;
    let previouslyRemoved = 0;
    const fresh: { projectId: number; gapFen: bigint; reasons: unknown[] }[] = [];
    for (const p of projects) {
      const assessment = assessForWhitelist(
        {
          stage: p.stage as Stage,
          level: p.level as ProjectLevel,
          totalInvestmentFen: fen(p.totalInvestmentFen),
          securedFen: fen(BigInt(p.securedFen)),
          month: assessed?.month ?? null,
          warning:
            assessed && p.baseLevel !== null && p.reportDue !== null && p.reported !== null
              ? {
                  month: assessed.month,
                  baseLevel: p.baseLevel as "red" | "yellow" | "green",
                  reportDue: p.reportDue,
                  reported: p.reported,
                  deadline: assessed.deadline,
                  deadlinePassed: assessed.deadlinePassed,
                }
              : null,
        },
        rules,
      );
      if (!assessment.eligible) continue;
      eligible += 1;
      if (p.listed) alreadyListed += 1;
      else if (p.removedBefore) previouslyRemoved += 1;
      else fresh.push({ projectId: p.id, gapFen: assessment.gapFen, reasons: assessment.reasons });
    }
    const ids = await insertEntries(
      tx,
      fresh.map((f) => ({
        projectId: f.projectId,
        status: "candidate",
        reasons: f.reasons,
        gapFen: f.gapFen,
        proposedAt: ctx.now(),
      })),
    );
    for (const [i, id] of ids.entries()) {
      const f = fresh[i]!;
      await record(ctx, tx, {
        action: "whitelist_entry.proposed",
        entityType: "whitelist_entry",
        entityId: id,
        after: {
          projectId: f.projectId,
          status: "candidate",
          gapFen: f.gapFen,
          reasons: f.reasons,
          version: 1,
        },
        details: { month: assessed?.month ?? null },
      });
    }
    const summary = {
      month: assessed?.month ?? null,
      rules: input,
      evaluated: projects.length,
      eligible,
      alreadyListed,
      previouslyRemoved,
    };
    await record(ctx, tx, {
      action: "whitelist.proposed",
      entityType: "whitelist",
      details: { ...summary, created: ids },
    });
    return { summary, ids };
  });
  const created = await presentEntries(ctx.db, whitelistView(ctx), { ids: outcome.ids });
  return { ...outcome.summary, asOf: today, created };
}

/** The whitelist as the caller may see it: every status for the city, the published entries for a bank. */
export async function listWhitelist(
  ctx: ServiceContext,
  query: { status?: WhitelistStatus | undefined },
): Promise<WhitelistEntry[]> {
  await requirePermission(ctx, "whitelist.read", "whitelist");
  return presentEntries(ctx.db, whitelistView(ctx), query.status ? { statuses: [query.status] } : {});
}

/** One entry the caller may see, or 404 (a bank asking for an unpublished one gets the same 404). */
export async function getEntry(ctx: ServiceContext, id: number): Promise<WhitelistEntry> {
  const [entry] = await presentEntries(ctx.db, whitelistView(ctx), { ids: [id] });
  if (!entry) throw notFound("白名单项", "Whitelist entry", id);
  return entry;
}

const ACTION_AUDIT: Record<WhitelistAction, string> = {
  confirm: "whitelist_entry.confirmed",
  publish: "whitelist_entry.published",
  remove: "whitelist_entry.removed",
};

/**
 * The city confirms a candidate, publishes a confirmed entry to the banks, or removes an entry with a
 * note. Each names the version it acted on; a stale one is a 409 with the entry as it is now.
 */
export async function actOnEntry(
  ctx: ServiceContext,
  id: number,
  action: WhitelistAction,
  input: WhitelistActionInput,
): Promise<WhitelistEntry> {
  await mayManage(ctx);
  if (action === "remove" && input.note.length < 2)
    throw invalidFields([
      { field: "note", message: "移出名单须说明理由", messageEn: "give a reason to remove the entry" },
    ]);
  const stale = await ctx.db.transaction(async (tx) => {
    const row = await lockEntry(tx, id);
    if (!row) throw notFound("白名单项", "Whitelist entry", id);
    if (row.version !== input.version) return row.version;
    const refusal = actionRefusal(row.status as WhitelistStatus, action);
    if (refusal) throw new AppError(409, "invalid_status", refusal.zh, refusal.en, "status");
    const now = ctx.now();
    const userId = principalOf(ctx)?.userId ?? null;
    const note = input.note || row.note;
    const changes =
      action === "confirm"
        ? { status: ACTION_TO.confirm, confirmedBy: userId, confirmedAt: now, note }
        : action === "publish"
          ? { status: ACTION_TO.publish, publishedAt: now, note }
          : { status: ACTION_TO.remove, removedAt: now, note };
    const updated = await updateEntry(tx, id, row.version, changes);
    if (!updated) return row.version;
    await record(ctx, tx, {
      action: ACTION_AUDIT[action],
      entityType: "whitelist_entry",
      entityId: id,
      before: { status: row.status, note: row.note, version: row.version },
      after: { status: updated.status, note: updated.note, version: updated.version },
      details: { projectId: row.projectId },
    });
    return null;
  });
  if (stale !== null)
    throw new AppError(
      409,
      "version_conflict",
      `名单项已被他人修改（您操作的是第 ${input.version} 版，当前为第 ${stale} 版），请刷新后重试`,
      `The entry was changed by someone else (you acted on version ${input.version}, it is now ${stale}); reload and retry`,
      "version",
      undefined,
      { current: await getEntry(ctx, id) },
    );
  return getEntry(ctx, id);
}
