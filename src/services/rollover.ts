import { proposeRollover } from "../domain/rollover.js";
import { invalidFields } from "../domain/errors.js";
import { lockProject, updateProjectRow } from "../store/project-writes.js";
import { rolloverCandidates, rolloverDecisionsOf, upsertRolloverDecision } from "../store/rolling-plan.js";
import { defaultPlanCode, listTaxonomy } from "../store/reference.js";
import { principalOf, requirePermission } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { refreshDispatch } from "./dispatch-upkeep.js";

/** Which reserve projects should be next year's new starts to meet each sector's target, with reasons. */
export async function proposeNewStarts(
  ctx: ServiceContext,
  input: { year: number; targets: { sectorCode: string; targetFen: string }[] },
) {
  await requirePermission(ctx, "rollover.manage", "rollover");
  const plan = await defaultPlanCode(ctx.db);
  const sectors = new Set(plan ? (await listTaxonomy(ctx.db, plan)).sectors.map((s) => s.code) : []);
  const unknown = input.targets.map((t, i) => ({ t, i })).filter(({ t }) => !sectors.has(t.sectorCode));
  if (unknown.length) {
    throw invalidFields(
      unknown.map(({ t, i }) => ({
        field: `targets.${i}.sectorCode`,
        message: `板块代码“${t.sectorCode}”不存在`,
        messageEn: `sector code "${t.sectorCode}" does not exist`,
      })),
    );
  }
  const rows = await rolloverCandidates(
    ctx.db,
    input.targets.map((t) => t.sectorCode),
  );
  const candidates = rows.map((r) => ({
    ...r,
    hasCode: r.code !== null,
    plannedFundingFen: BigInt(r.plannedFundingFen),
    securedFundingFen: BigInt(r.securedFundingFen),
  }));
  const targets = input.targets.map((t) => ({ sectorCode: t.sectorCode, targetFen: BigInt(t.targetFen) }));
  return { year: input.year, sectors: proposeRollover(candidates, targets, input.year) };
}

/**
 * Records the city's decision on each proposed project. An accepted project is scheduled to start in
 * that year (its planned start moves to 1 January when it lay elsewhere); every decision is audited.
 */
export async function decideNewStarts(
  ctx: ServiceContext,
  input: {
    year: number;
    decisions: { projectId: number; decision: "accepted" | "rejected"; note: string }[];
  },
) {
  await requirePermission(ctx, "rollover.manage", "rollover");
  const decidedBy = principalOf(ctx)?.userId ?? null;
  await ctx.db.transaction(async (tx) => {
    for (const [i, d] of input.decisions.entries()) {
      const row = await lockProject(tx, d.projectId);
      if (!row || row.stage !== "reserve") {
        throw invalidFields([
          {
            field: `decisions.${i}.projectId`,
            message: `项目 ${d.projectId} 不是储备项目`,
            messageEn: `project ${d.projectId} is not in the reserve`,
          },
        ]);
      }
      await upsertRolloverDecision(tx, {
        year: input.year,
        projectId: d.projectId,
        decision: d.decision,
        note: d.note,
        decidedBy,
        decidedAt: ctx.now(),
      });
      const startsThatYear = row.plannedStart?.startsWith(String(input.year)) ?? false;
      if (d.decision === "accepted" && !startsThatYear) {
        const updated = await updateProjectRow(tx, row.id, row.version, {
          plannedStart: `${input.year}-01-01`,
        });
        await record(ctx, tx, {
          action: "project.updated",
          entityType: "project",
          entityId: row.id,
          before: row,
          after: updated,
          details: { via: "rollover", year: input.year },
        });
        await refreshDispatch(tx, [row.id]);
      }
      await record(ctx, tx, {
        action: `rollover.${d.decision}`,
        entityType: "project",
        entityId: d.projectId,
        details: { year: input.year, note: d.note },
      });
    }
  });
  return listDecisions(ctx, input.year);
}

export async function listDecisions(ctx: ServiceContext, year: number) {
  await requirePermission(ctx, "rollover.manage", "rollover");
  const rows = await rolloverDecisionsOf(ctx.db, year);
  return { items: rows.map((r) => ({ ...r, decidedAt: r.decidedAt.toISOString() })) };
}
