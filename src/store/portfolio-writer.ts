import { eq, sql } from "drizzle-orm";
import type { DemoPortfolio } from "../domain/demo/types.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

const BATCH = 1000;
const PLAN_RESERVE_DATE = "2020-04-30";

/** Demo reports arrive on the 3rd of the following month, 10:00 Beijing time: before the 5th's deadline. */
function onTimeSubmission(month: string): Date {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return new Date(`${next}-03T10:00:00+08:00`);
}

function chunks<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes a generated portfolio in one transaction (first emptying the library when replacing): organisations (reused by USCC or name when
 * present), lead departments of specials, projects with funding, annual plans, monthly reports and
 * approval items, and each project's completed investment as opening balance plus its reports.
 */
export async function writePortfolio(
  db: Db,
  planCode: string,
  portfolio: DemoPortfolio,
  replace: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (replace) {
      await tx.execute(
        sql`truncate ${t.progressReports}, ${t.projectAnnualPlans}, ${t.projectFunding}, ${t.projects} restart identity cascade`,
      );
    }
    const orgIds = new Map<string, number>();
    for (const batch of chunks(portfolio.organisations)) {
      const rows = await tx
        .insert(t.organisations)
        .values(batch.map(({ name, uscc, kind, districtCode }) => ({ name, uscc, kind, districtCode })))
        .onConflictDoUpdate({ target: t.organisations.name, set: { kind: sql`excluded.kind` } })
        .returning({ id: t.organisations.id, name: t.organisations.name });
      const byName = new Map(rows.map((r) => [r.name, r.id]));
      for (const o of batch) orgIds.set(o.key, byName.get(o.name) ?? -1);
    }
    const orgId = (key: string) => {
      const id = orgIds.get(key);
      if (id === undefined || id < 0) throw new Error(`organisation ${key} was not written`);
      return id;
    };

    for (const lead of portfolio.specialLeads) {
      await tx
        .update(t.specials)
        .set({ leadDepartmentId: orgId(lead.departmentKey) })
        .where(eq(t.specials.code, lead.specialCode));
    }
    const sectorOf = new Map(
      (await tx.select({ code: t.specials.code, sector: t.specials.sectorCode }).from(t.specials)).map(
        (r) => [r.code, r.sector],
      ),
    );

    const reportsByProject = new Map<string, DemoPortfolio["reports"]>();
    for (const r of portfolio.reports) {
      const list = reportsByProject.get(r.projectKey) ?? [];
      list.push(r);
      reportsByProject.set(r.projectKey, list);
    }

    const projectIds = new Map<string, number>();
    for (const batch of chunks(portfolio.projects, 500)) {
      const rows = await tx
        .insert(t.projects)
        .values(
          batch.map((p) => {
            const sectorCode = sectorOf.get(p.specialCode);
            if (!sectorCode) throw new Error(`unknown special ${p.specialCode}`);
            const reported = (reportsByProject.get(p.key) ?? []).reduce((s, r) => s + r.investedFen, 0n);
            return {
              planCode,
              code: p.code,
              name: p.name,
              sectorCode,
              specialCode: p.specialCode,
              districtCode: p.districtCode,
              ownerId: orgId(p.ownerKey),
              leadDepartmentId: orgId(p.leadDepartmentKey),
              level: p.level,
              planCategory: p.planCategory,
              stage: p.stage,
              suspendedFrom: p.suspendedFrom,
              description: p.description,
              totalInvestmentFen: p.totalInvestmentFen,
              openingCompletedFen: p.openingCompletedFen,
              completedInvestmentFen: p.openingCompletedFen + reported,
              finalInvestmentFen: p.stage === "completed" ? p.totalInvestmentFen : null,
              // The plan's own reserve list dates from its adoption in spring 2020.
              reserveSince: p.planCategory === "reserve" && p.stage === "reserve" ? PLAN_RESERVE_DATE : null,
              plannedStart: p.plannedStart,
              plannedEnd: p.plannedEnd,
              actualStart: p.actualStart,
              actualEnd: p.actualEnd,
            };
          }),
        )
        .returning({ id: t.projects.id });
      batch.forEach((p, i) => projectIds.set(p.key, rows[i]?.id ?? -1));
    }
    const projectId = (key: string) => {
      const id = projectIds.get(key);
      if (id === undefined || id < 0) throw new Error(`project ${key} was not written`);
      return id;
    };

    const funding = portfolio.projects.flatMap((p) =>
      p.funding.map((f) => ({ projectId: projectId(p.key), ...f })),
    );
    for (const batch of chunks(funding)) await tx.insert(t.projectFunding).values(batch);
    const plans = portfolio.projects.flatMap((p) =>
      p.annualPlans.map((a) => ({ projectId: projectId(p.key), ...a })),
    );
    for (const batch of chunks(plans)) await tx.insert(t.projectAnnualPlans).values(batch);
    const reports = portfolio.reports.map(({ projectKey, ...r }) => ({
      projectId: projectId(projectKey),
      ...r,
      submittedAt: onTimeSubmission(r.month),
    }));
    for (const batch of chunks(reports)) await tx.insert(t.progressReports).values(batch);
    const approvals = portfolio.approvals.map(({ projectKey, ...a }) => ({
      projectId: projectId(projectKey),
      ...a,
      createdAt: new Date(`${a.submittedOn}T10:00:00+08:00`),
    }));
    for (const batch of chunks(approvals)) await tx.insert(t.approvalItems).values(batch);
  });
}
