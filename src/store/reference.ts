import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { NOTICE_DAYS } from "../domain/approvals/calendar-2020-2022.js";
import { parseDivisionsCsv } from "../domain/divisions.js";
import { termsFromPlan } from "../domain/incentives/plan-terms.js";
import { FEN_PER_YI } from "../domain/money.js";
import { planFileSchema, specialsOf, type DistrictRef, type PlanFile } from "../domain/plan.js";
import { upsertCalendarDays } from "./calendar.js";
import type { Db } from "./db.js";
import { referenceFolder } from "./paths.js";
import * as t from "./schema.js";

/** Reads the plan and divisions shipped in reference/. */
export function readReferenceFiles(): { plan: PlanFile; districts: DistrictRef[] } {
  const dir = referenceFolder();
  const plan = planFileSchema.parse(JSON.parse(readFileSync(join(dir, "plan-2020-2022.json"), "utf8")));
  const districts = parseDivisionsCsv(readFileSync(join(dir, "chongqing-divisions.csv"), "utf8"));
  return { plan, districts };
}

/**
 * 垫江 joins 主城都市区 under the territorial plan approved on 2024-02-21; the other districts keep the
 * 2020 一区两群 split. Its sub-region in the new plan is left open rather than guessed.
 */
const REGION_CHANGES = [{ code: "500231", region: "主城都市区", subregion: null, validFrom: "2024-02-21" }];
const REGION_2020_FROM = "2020-01-01";
const yi = (n: number) => BigInt(n) * FEN_PER_YI;

/**
 * Writes the plan's taxonomy, targets, indicators, clauses, the districts and the 2020–2022 holiday
 * calendar; safe to run again.
 */
export async function upsertReference(db: Db, plan: PlanFile, districts: DistrictRef[]): Promise<void> {
  await db.transaction(async (tx) => {
    const p = plan.plan;
    const planRow = {
      code: p.code,
      name: p.name,
      startYear: p.period.startYear,
      endYear: p.period.endYear,
      rollingCycleYears: p.rollingCycleYears,
      headlineProjects: p.headline.projects,
      headlineSectors: p.headline.sectors,
      headlineSpecials: p.headline.specials,
      headlineInvestmentFen: yi(p.headline.investmentYi),
      fundingSources: plan.fundingSources,
    };
    await tx.insert(t.plans).values(planRow).onConflictDoUpdate({ target: t.plans.code, set: planRow });

    for (const [i, c] of plan.categories.entries()) {
      const row = { code: c.code, planCode: p.code, zh: c.zh, en: c.en, sort: i + 1 };
      await tx.insert(t.categories).values(row).onConflictDoUpdate({ target: t.categories.code, set: row });
    }
    for (const s of plan.sectors) {
      const categoryCode = plan.categories.find((c) => c.sectors.includes(s.code))?.code;
      if (!categoryCode) throw new Error(`sector ${s.code} belongs to no category`);
      const row = { code: s.code, categoryCode, no: s.no, zh: s.zh, en: s.en, goals: s.goals2022 };
      await tx.insert(t.sectors).values(row).onConflictDoUpdate({ target: t.sectors.code, set: row });
    }
    for (const [i, s] of specialsOf(plan).entries()) {
      const row = {
        code: s.code,
        sectorCode: s.sectorCode,
        zh: s.zh,
        en: s.en,
        scope: s.scope,
        targetProjects: s.projects,
        targetInvestmentFen: yi(s.investmentYi),
        sort: i + 1,
      };
      await tx.insert(t.specials).values(row).onConflictDoUpdate({ target: t.specials.code, set: row });
    }
    for (const [i, c] of p.byStatus.entries()) {
      const row = {
        planCode: p.code,
        category: c.status,
        zh: c.zh,
        targetProjects: c.projects,
        targetInvestmentFen: yi(c.investmentYi),
        task: c.task,
        sort: i + 1,
      };
      await tx
        .insert(t.planCategoryTargets)
        .values(row)
        .onConflictDoUpdate({
          target: [t.planCategoryTargets.planCode, t.planCategoryTargets.category],
          set: row,
        });
    }
    for (const ind of plan.indicators) {
      const row = { ...ind, planCode: p.code, year: String(ind.year) };
      await tx.insert(t.indicators).values(row).onConflictDoUpdate({ target: t.indicators.code, set: row });
    }
    for (const clause of plan.policyClauses) {
      const { code, group, kind, zh, ...params } = clause;
      const row = { code, planCode: p.code, group, kind, zh, params };
      await tx
        .insert(t.policyClauses)
        .values(row)
        .onConflictDoUpdate({ target: t.policyClauses.code, set: row });
      // The plan's terms are version 1; later versions are the city's and are never overwritten.
      await tx
        .insert(t.policyClauseVersions)
        .values({
          clauseCode: code,
          version: 1,
          effectiveFrom: `${p.period.startYear}-01-01`,
          terms: termsFromPlan(clause),
          note: "行动方案原文 / as the plan states it",
          at: new Date(),
        })
        .onConflictDoNothing();
    }
    await upsertCalendarDays(tx, NOTICE_DAYS);
    for (const d of districts) {
      const row = { code: d.code, name: d.name, nameEn: d.nameEn, kind: d.kind };
      await tx.insert(t.districts).values(row).onConflictDoUpdate({ target: t.districts.code, set: row });
      const change = REGION_CHANGES.find((c) => c.code === d.code);
      const first = {
        districtCode: d.code,
        region: d.region,
        subregion: d.subregion,
        validFrom: REGION_2020_FROM,
        validTo: change ? dayBefore(change.validFrom) : null,
        source: "一区两群（2020）",
      };
      await tx
        .insert(t.districtRegions)
        .values(first)
        .onConflictDoUpdate({
          target: [t.districtRegions.districtCode, t.districtRegions.validFrom],
          set: first,
        });
      if (change) {
        const next = {
          districtCode: d.code,
          region: change.region,
          subregion: change.subregion,
          validFrom: change.validFrom,
          validTo: null,
          source: "重庆市国土空间总体规划（2021—2035年）",
        };
        await tx
          .insert(t.districtRegions)
          .values(next)
          .onConflictDoUpdate({
            target: [t.districtRegions.districtCode, t.districtRegions.validFrom],
            set: next,
          });
      }
    }
  });
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** SQL condition: the region row in force on a business date. */
export const regionInForce = (asOf: string) =>
  and(
    lte(t.districtRegions.validFrom, asOf),
    or(isNull(t.districtRegions.validTo), gte(t.districtRegions.validTo, asOf)),
  );

export async function findPlan(db: Db, code: string) {
  const [row] = await db.select().from(t.plans).where(eq(t.plans.code, code));
  return row ?? null;
}

export async function listTaxonomy(db: Db, planCode: string) {
  const [categories, sectors, specials, planCategories] = await Promise.all([
    db.select().from(t.categories).where(eq(t.categories.planCode, planCode)).orderBy(asc(t.categories.sort)),
    db
      .select({ sector: t.sectors })
      .from(t.sectors)
      .innerJoin(t.categories, eq(t.categories.code, t.sectors.categoryCode))
      .where(eq(t.categories.planCode, planCode))
      .orderBy(asc(t.sectors.no))
      .then((rows) => rows.map((r) => r.sector)),
    db
      .select({ special: t.specials })
      .from(t.specials)
      .innerJoin(t.sectors, eq(t.sectors.code, t.specials.sectorCode))
      .innerJoin(t.categories, eq(t.categories.code, t.sectors.categoryCode))
      .where(eq(t.categories.planCode, planCode))
      .orderBy(asc(t.specials.sort))
      .then((rows) => rows.map((r) => r.special)),
    db
      .select()
      .from(t.planCategoryTargets)
      .where(eq(t.planCategoryTargets.planCode, planCode))
      .orderBy(asc(t.planCategoryTargets.sort)),
  ]);
  return { categories, sectors, specials, planCategories };
}

/** Districts with the region in force on `asOf`. */
export async function listDistricts(db: Db, asOf: string) {
  return db
    .select({
      code: t.districts.code,
      name: t.districts.name,
      nameEn: t.districts.nameEn,
      kind: t.districts.kind,
      region: sql<string>`coalesce(${t.districtRegions.region}, '')`,
      subregion: t.districtRegions.subregion,
    })
    .from(t.districts)
    .leftJoin(
      t.districtRegions,
      and(eq(t.districtRegions.districtCode, t.districts.code), regionInForce(asOf)),
    )
    .orderBy(asc(t.districts.code));
}

/** The default plan: the only one, or the newest by start year. */
export async function defaultPlanCode(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ code: t.plans.code })
    .from(t.plans)
    .orderBy(sql`${t.plans.startYear} desc`)
    .limit(1);
  return row?.code ?? null;
}
