import { and, asc, eq, gt, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { PlanCategory, Stage } from "../domain/lifecycle.js";
import type { Fen } from "../domain/money.js";
import type { ProjectLevel } from "../domain/plan.js";
import type { ProjectRecord } from "../domain/project-record.js";
import type { Db } from "./db.js";
import * as t from "./schema.js";

const lead = alias(t.organisations, "lead");

/**
 * The projects matching `where` as records (organisations by name and USCC, funding and annual
 * plans attached), a batch at a time in id order, so an export of any size holds one batch in memory.
 */
export async function* projectRecords(db: Db, where: SQL[], batchSize = 500): AsyncGenerator<ProjectRecord> {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({
        p: t.projects,
        ownerName: t.organisations.name,
        ownerUscc: t.organisations.uscc,
        leadName: lead.name,
      })
      .from(t.projects)
      .innerJoin(t.organisations, eq(t.organisations.id, t.projects.ownerId))
      .leftJoin(lead, eq(lead.id, t.projects.leadDepartmentId))
      .where(and(...where, gt(t.projects.id, afterId)))
      .orderBy(asc(t.projects.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.p.id);
    const [funding, plans] = await Promise.all([
      db
        .select()
        .from(t.projectFunding)
        .where(inArray(t.projectFunding.projectId, ids))
        .orderBy(asc(t.projectFunding.source)),
      db
        .select()
        .from(t.projectAnnualPlans)
        .where(inArray(t.projectAnnualPlans.projectId, ids))
        .orderBy(asc(t.projectAnnualPlans.year)),
    ]);
    for (const { p, ownerName, ownerUscc, leadName } of rows) {
      yield {
        id: p.id,
        code: p.code,
        name: p.name,
        specialCode: p.specialCode,
        districtCode: p.districtCode,
        ownerName,
        ownerUscc,
        leadDepartmentName: leadName,
        level: p.level as ProjectLevel,
        planCategory: p.planCategory as PlanCategory | null,
        stage: p.stage as Stage,
        description: p.description,
        totalInvestmentFen: p.totalInvestmentFen as Fen,
        completedInvestmentFen: p.completedInvestmentFen as Fen,
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        actualStart: p.actualStart,
        actualEnd: p.actualEnd,
        funding: funding
          .filter((f) => f.projectId === p.id)
          .map((f) => ({
            source: f.source,
            plannedFen: f.plannedFen as Fen,
            securedFen: f.securedFen as Fen,
          })),
        annualPlans: plans
          .filter((a) => a.projectId === p.id)
          .map((a) => ({ year: a.year, plannedFen: a.plannedFen as Fen })),
      };
    }
    afterId = ids.at(-1) ?? afterId;
  }
}

/** The years any matching project has an annual plan for: the export's plan columns. */
export async function annualPlanYears(db: Db, where: SQL[]): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: t.projectAnnualPlans.year })
    .from(t.projectAnnualPlans)
    .innerJoin(t.projects, eq(t.projects.id, t.projectAnnualPlans.projectId))
    .where(and(...where))
    .orderBy(asc(t.projectAnnualPlans.year));
  return rows.map((r) => r.year);
}
