import type { ImportProblem, ProjectRecord } from "../domain/project-record.js";
import { canonicalJson } from "../domain/audit-chain.js";
import { AppError } from "../domain/errors.js";
import { projectCodeProblem } from "../domain/project-code.js";
import { detached } from "../domain/register/normalise.js";
import type { Db } from "../store/db.js";
import {
  deleteFundingOf,
  insertFunding,
  insertOrganisations,
  insertPlans,
  insertProjects,
  matchExisting,
  organisationIndex,
  replacePlans,
  reserveProjectIds,
} from "../store/project-import.js";
import { projectLookups, updateProjectRow, type ProjectRow } from "../store/project-writes.js";
import { defaultPlanCode } from "../store/reference.js";
import { Spool } from "./register/spool.js";
import { WritePipeline } from "../store/write-pipeline.js";
import { principalOf } from "./access.js";
import { openAuditTrail } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { refreshDispatch } from "./dispatch-upkeep.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Funding = ProjectRecord["funding"];

export interface ImportOutcome {
  created: number;
  updated: number;
  /** Organisations the import added to the library. */
  newOrganisations: string[];
}

/** An audit entry waiting for its project's funding: before and after as canonical JSON objects. */
interface PendingEntry {
  id: number;
  row: number;
  before: unknown;
  after: Record<string, unknown>;
}

export interface ImportWriter {
  /**
   * Checks a batch against the library (codes repeated in the file, rows an owner may not write) and,
   * while no such problem has been found, writes it: new projects and their annual plans, updates of
   * matched ones.
   */
  write(records: ProjectRecord[], rows: number[]): Promise<void>;
  problems(): ImportProblem[];
  /**
   * Writes the funding that came later (by sheet row) and the audit entries waiting for it, moves the
   * audit head and refreshes dispatch.
   */
  finish(fundingByRow?: Map<number, Funding>): Promise<ImportOutcome>;
  /** Removes the temporary file of pending audit entries. */
  close(): Promise<void>;
}

const problem = (row: number, column: string, value: string, reason: string, reasonEn: string) => ({
  sheet: "项目",
  row,
  column,
  value,
  reason,
  reasonEn,
});

const auditEvent = (e: PendingEntry, funding: Funding) => ({
  action: "project.imported",
  entityType: "project",
  entityId: e.id,
  ...(e.before === null ? {} : { before: e.before }),
  after: { ...e.after, funding },
});

/**
 * Writes an import batch by batch inside the caller's transaction, so a large file is never held
 * whole: new projects get their ids up front and each batch is sent while the database still stores
 * the one before. When funding comes later (a workbook's 资金来源 sheet) the audit entries wait in a
 * temporary file until it is known. The caller rolls the transaction back when any problem turns up.
 */
export async function openImportWriter(
  ctx: ServiceContext,
  tx: Tx,
  { fundingLater }: { fundingLater: boolean },
): Promise<ImportWriter> {
  const principal = principalOf(ctx);
  const isOwner = principal !== null && !principal.roles.includes("city_admin");
  const plan = await defaultPlanCode(tx);
  if (!plan) throw new AppError(409, "no_plan", "尚未载入计划", "No plan is loaded");
  const lookups = await projectLookups(tx, plan);
  const orgs = await organisationIndex(tx);
  const ownName = isOwner
    ? ([...orgs.byName.values()].find((o) => o.id === principal.organisationId)?.name ?? "")
    : null;
  const found: ImportProblem[] = [];
  const firstRowOfCode = new Map<string, number>();
  const idOfRow = new Map<number, number>();
  const updatedIds = new Set<number>();
  const newOrganisations: string[] = [];
  const pipeline = new WritePipeline(tx);
  let spool: Spool<PendingEntry> | undefined;
  let audit: Awaited<ReturnType<typeof openAuditTrail>> | undefined;
  let created = 0;

  const ownerId = (r: ProjectRecord) =>
    (r.ownerUscc ? orgs.byUscc.get(r.ownerUscc)?.id : undefined) ?? orgs.byName.get(r.ownerName)?.id;
  const leadId = (r: ProjectRecord) =>
    (r.leadDepartmentName
      ? orgs.byName.get(r.leadDepartmentName)?.id
      : lookups.specials.get(r.specialCode)?.leadDepartmentId) ?? null;
  const fields = (r: ProjectRecord) => ({
    code: r.code,
    name: r.name,
    sectorCode: lookups.specials.get(r.specialCode)?.sectorCode ?? "",
    specialCode: r.specialCode,
    districtCode: r.districtCode,
    ownerId: ownerId(r) ?? 0,
    leadDepartmentId: leadId(r),
    level: r.level,
    planCategory: r.planCategory,
    stage: r.stage,
    description: r.description,
    totalInvestmentFen: r.totalInvestmentFen,
    plannedStart: r.plannedStart,
    plannedEnd: r.plannedEnd,
    actualStart: r.actualStart,
    actualEnd: r.actualEnd,
  });
  // Canonical JSON (bigints as text) survives the temporary file and hashes as it would have directly.
  const asJson = (value: unknown) => JSON.parse(canonicalJson(value)) as Record<string, unknown>;

  /** Problems only the library can see: duplicate codes in the file, and rows an owner may not write. */
  function libraryProblems(records: ProjectRecord[], rows: number[]): ImportProblem[] {
    const out: ImportProblem[] = [];
    records.forEach((r, i) => {
      const row = rows[i] ?? i + 2;
      if (r.code) {
        const first = firstRowOfCode.get(r.code);
        if (first !== undefined)
          out.push(
            problem(
              row,
              "投资项目代码",
              r.code,
              `与第 ${first} 行的投资项目代码重复`,
              `the same project code as row ${first}`,
            ),
          );
        else firstRowOfCode.set(detached(r.code), row);
        if (projectCodeProblem(r.code, new Set(["500000"])) === "shape")
          out.push(
            problem(row, "投资项目代码", r.code, "投资项目代码格式不正确", "the project code is malformed"),
          );
      }
      if (ownName !== null && r.ownerName !== ownName)
        out.push(
          problem(
            row,
            "项目业主",
            r.ownerName,
            "项目业主只能导入本单位的项目",
            "an owner can import its own projects only",
          ),
        );
    });
    return out;
  }

  /** Funding known now: lines and audit entries go with their batch. Else the entries wait for it. */
  async function settle(entries: PendingEntry[], records: ProjectRecord[]): Promise<void> {
    if (fundingLater) {
      spool ??= await Spool.open<PendingEntry>();
      for (const e of entries)
        await spool.write({
          ...e,
          before: e.before === null ? null : asJson(e.before),
          after: asJson(e.after),
        });
      return;
    }
    await pipeline.send(
      insertFunding(entries.flatMap((e, k) => records[k]!.funding.map((f) => ({ projectId: e.id, ...f })))),
    );
    audit ??= await pipeline.run(() => openAuditTrail(ctx, tx));
    await pipeline.send(audit.record(entries.map((e, k) => auditEvent(e, records[k]!.funding))));
  }

  async function writeNew(records: ProjectRecord[], rows: number[]): Promise<void> {
    const ids = await pipeline.run(() => reserveProjectIds(tx, records.length));
    const values = records.map((r, k) => ({
      id: ids[k]!,
      ...fields(r),
      planCode: plan!,
      openingCompletedFen: r.completedInvestmentFen,
      completedInvestmentFen: r.completedInvestmentFen,
    }));
    await pipeline.send(insertProjects(values));
    await pipeline.send(
      insertPlans(records.flatMap((r, k) => r.annualPlans.map((a) => ({ projectId: ids[k]!, ...a })))),
    );
    rows.forEach((row, k) => idOfRow.set(row, ids[k]!));
    created += records.length;
    await settle(
      records.map((r, k) => ({
        id: ids[k]!,
        row: rows[k]!,
        before: null,
        after: { ...values[k], annualPlans: r.annualPlans },
      })),
      records,
    );
  }

  async function writeUpdates(pairs: [ProjectRecord, ProjectRow, number][]) {
    await pipeline.drain();
    const entries: PendingEntry[] = [];
    for (const [r, existing, row] of pairs) {
      const updated = await updateProjectRow(tx, existing.id, existing.version, fields(r));
      idOfRow.set(row, existing.id);
      updatedIds.add(existing.id);
      entries.push({
        id: existing.id,
        row,
        before: existing,
        after: { ...updated, annualPlans: r.annualPlans },
      });
    }
    const ids = pairs.map(([, existing]) => existing.id);
    await replacePlans(
      tx,
      ids,
      pairs.flatMap(([r, existing]) => r.annualPlans.map((a) => ({ projectId: existing.id, ...a }))),
    );
    if (!fundingLater) await deleteFundingOf(tx, ids);
    await settle(
      entries,
      pairs.map(([r]) => r),
    );
  }

  return {
    async write(records, rows) {
      const problems = libraryProblems(records, rows);
      const matched = await pipeline.run(() => matchExisting(tx, records));
      if (isOwner) {
        records.forEach((r, i) => {
          const hit = matched.get(r);
          if (hit && hit.ownerId !== principal.organisationId)
            problems.push(
              problem(
                rows[i] ?? i + 2,
                "投资项目代码",
                r.code ?? String(r.id),
                "该项目不属于本单位",
                "this project belongs to another organisation",
              ),
            );
        });
      }
      found.push(...problems);
      if (found.length) return;
      newOrganisations.push(...(await pipeline.run(() => createMissingOrganisations(tx, records, orgs))));
      const fresh = records.flatMap((r, i) => (matched.has(r) ? [] : [i]));
      await writeNew(
        fresh.map((i) => records[i]!),
        fresh.map((i) => rows[i]!),
      );
      const updates = records.flatMap((r, i) => {
        const hit = matched.get(r);
        return hit ? [[r, hit, rows[i]!] as [ProjectRecord, ProjectRow, number]] : [];
      });
      if (updates.length) await writeUpdates(updates);
    },

    problems: () => found,

    async finish(fundingByRow = new Map()) {
      await pipeline.drain();
      if (spool) {
        await deleteFundingOf(tx, [...updatedIds]);
        audit ??= await openAuditTrail(ctx, tx);
        const trail = audit;
        const funding = [...fundingByRow].flatMap(([row, lines]) => {
          const projectId = idOfRow.get(row);
          return projectId === undefined ? [] : lines.map((l) => ({ projectId, ...l }));
        });
        await pipeline.send(insertFunding(funding));
        let batch: PendingEntry[] = [];
        const send = async () => {
          await pipeline.send(trail.record(batch.map((e) => auditEvent(e, fundingByRow.get(e.row) ?? []))));
          batch = [];
        };
        for await (const entry of spool.read()) {
          batch.push(entry);
          if (batch.length >= 1000) await send();
        }
        await send();
        await pipeline.drain();
      }
      await audit?.finish();
      await refreshDispatch(tx, [...idOfRow.values()]);
      return { created, updated: updatedIds.size, newOrganisations };
    },

    close: async () => spool?.close(),
  };
}

/** Owners and lead departments the library does not know yet are created; their names are returned. */
async function createMissingOrganisations(
  tx: Tx,
  records: ProjectRecord[],
  orgs: Awaited<ReturnType<typeof organisationIndex>>,
): Promise<string[]> {
  const missing = new Map<
    string,
    { name: string; uscc: string | null; kind: string; districtCode: string | null }
  >();
  for (const r of records) {
    const known = (r.ownerUscc && orgs.byUscc.has(r.ownerUscc)) || orgs.byName.has(r.ownerName);
    if (!known && !missing.has(r.ownerName)) {
      missing.set(r.ownerName, {
        name: r.ownerName,
        uscc: r.ownerUscc,
        kind: "enterprise",
        districtCode: null,
      });
    }
    const lead = r.leadDepartmentName;
    if (lead && !orgs.byName.has(lead) && !missing.has(lead)) {
      missing.set(lead, { name: lead, uscc: null, kind: "government_department", districtCode: null });
    }
  }
  for (const created of await insertOrganisations(tx, [...missing.values()])) {
    const entry = { ...created, kind: missing.get(created.name)?.kind ?? "enterprise" };
    orgs.byName.set(created.name, entry);
    if (created.uscc) orgs.byUscc.set(created.uscc, entry);
  }
  return [...missing.keys()];
}
