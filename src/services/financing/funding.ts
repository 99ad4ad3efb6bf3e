import type { FinancingSummary, Funding, FundingUpdate } from "../../domain/contracts/financing.js";
import { invalidFields, notFound } from "../../domain/errors.js";
import { applyFundingEdit, fundingFigures, orderSources } from "../../domain/financing/funding.js";
import { fen, type Fen } from "../../domain/money.js";
import {
  financingBySector,
  financingBySource,
  fundingHead,
  planFundingSources,
  sectorLabels,
  upsertFundingLine,
} from "../../store/financing.js";
import { fundingOf, updateProjectRow } from "../../store/project-writes.js";
import { projectExists } from "../../store/projects.js";
import { projectScope, requirePermission, requireWriter } from "../access.js";
import { record, recordOutOfScope } from "../audit-trail.js";
import type { ServiceContext } from "../context.js";
import { lockForEdit, snapshot, versionConflict } from "../project-edits.js";

const linesOf = (rows: { source: string; plannedFen: bigint; securedFen: bigint }[]) =>
  rows.map((r) => ({ source: r.source, plannedFen: fen(r.plannedFen), securedFen: fen(r.securedFen) }));

/** A project's funding plan by source against what is secured, and the gap, if it is in the caller's scope. */
export async function getFunding(ctx: ServiceContext, id: number): Promise<Funding> {
  const scope = await projectScope(ctx);
  const head = await fundingHead(ctx.db, id, scope);
  if (!head) {
    if (await projectExists(ctx.db, id)) await recordOutOfScope(ctx, "project", id, { what: "funding" });
    throw notFound("项目", "Project", id);
  }
  const [lines, sources] = await Promise.all([
    fundingOf(ctx.db, id),
    planFundingSources(ctx.db, head.planCode),
  ]);
  const figures = fundingFigures(fen(head.totalInvestmentFen), linesOf(lines));
  const rank = orderSources(
    sources,
    lines.map((l) => l.source),
  );
  return {
    projectId: id,
    version: head.version,
    totalInvestmentFen: figures.totalInvestmentFen.toString(),
    plannedFen: figures.plannedFen.toString(),
    securedFen: figures.securedFen.toString(),
    gapFen: figures.gapFen.toString(),
    unplannedFen: figures.unplannedFen.toString(),
    sources: figures.sources
      .sort((a, b) => rank.indexOf(a.source) - rank.indexOf(b.source))
      .map((s) => ({
        source: s.source,
        plannedFen: s.plannedFen.toString(),
        securedFen: s.securedFen.toString(),
        gapFen: s.gapFen.toString(),
      })),
    availableSources: sources,
  };
}

/**
 * Sets what is secured (and optionally planned) from one source. The funding belongs to the project:
 * the change locks it, bumps its version (a stale `version` is a 409 like any project edit) and is
 * audited as a project change, so the project's "changed since" list names the funding.
 */
export async function updateFunding(
  ctx: ServiceContext,
  id: number,
  source: string,
  input: FundingUpdate,
): Promise<Funding> {
  await requirePermission(ctx, "projects.edit", "project");
  await requireWriter(ctx, "project");
  const stale = await ctx.db.transaction(async (tx) => {
    const { row, stale } = await lockForEdit(ctx, tx, id, input.version, false);
    if (stale) return row;
    const current = linesOf(await fundingOf(tx, id));
    const sources = await planFundingSources(tx, row.planCode);
    const edit = {
      source,
      securedFen: fen(BigInt(input.securedFen)),
      plannedFen: input.plannedFen === undefined ? undefined : fen(BigInt(input.plannedFen)),
    };
    const { lines, problems } = applyFundingEdit(current, edit, fen(row.totalInvestmentFen), sources);
    if (problems.length) throw invalidFields(problems);
    const line = lines.find((l) => l.source === source);
    if (!line) throw new Error("the edited source is missing from the new lines");
    const before = await snapshot(tx, row);
    await upsertFundingLine(tx, id, line);
    const updated = await updateProjectRow(tx, id, row.version, {});
    if (!updated) return row;
    const previous = current.find((l) => l.source === source);
    await record(ctx, tx, {
      action: "project.funding_updated",
      entityType: "project",
      entityId: id,
      before,
      after: await snapshot(tx, updated),
      details: {
        source,
        plannedFen: { from: previous?.plannedFen.toString() ?? null, to: line.plannedFen.toString() },
        securedFen: { from: previous?.securedFen.toString() ?? null, to: line.securedFen.toString() },
      },
    });
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, input.version ?? 0, stale);
  return getFunding(ctx, id);
}

const text = (amount: Fen) => amount.toString();

/** Investment, planned and secured funding and the gap over the caller's projects: in total, by source, by sector. */
export async function financingSummary(ctx: ServiceContext): Promise<FinancingSummary> {
  const scope = await projectScope(ctx);
  const [sectors, bySector, bySource, planSources] = await Promise.all([
    sectorLabels(ctx.db),
    financingBySector(ctx.db, scope),
    financingBySource(ctx.db, scope),
    planFundingSources(ctx.db, null),
  ]);
  const sectorRows = sectors.map((s) => {
    const row = bySector.find((r) => r.sectorCode === s.code);
    const total = fen(row?.totalInvestmentFen ?? "0");
    const secured = fen(row?.securedFen ?? "0");
    return {
      code: s.code,
      zh: s.zh,
      en: s.en,
      projects: row?.projects ?? 0,
      totalInvestmentFen: text(total),
      plannedFen: row?.plannedFen ?? "0",
      securedFen: text(secured),
      gapFen: text(fen(total - secured)),
    };
  });
  const sourceRows = orderSources(
    planSources,
    bySource.map((r) => r.source),
  ).map((source) => {
    const row = bySource.find((r) => r.source === source);
    const planned = fen(row?.plannedFen ?? "0");
    const secured = fen(row?.securedFen ?? "0");
    return {
      source,
      projects: row?.projects ?? 0,
      plannedFen: text(planned),
      securedFen: text(secured),
      gapFen: text(fen(planned - secured)),
    };
  });
  const add = (values: string[]) => values.reduce((a, v) => a + BigInt(v), 0n);
  const total = add(sectorRows.map((r) => r.totalInvestmentFen));
  const secured = add(sectorRows.map((r) => r.securedFen));
  return {
    totals: {
      projects: sectorRows.reduce((a, r) => a + r.projects, 0),
      totalInvestmentFen: total.toString(),
      plannedFen: add(sectorRows.map((r) => r.plannedFen)).toString(),
      securedFen: secured.toString(),
      gapFen: (total - secured).toString(),
    },
    bySource: sourceRows,
    bySector: sectorRows,
  };
}
