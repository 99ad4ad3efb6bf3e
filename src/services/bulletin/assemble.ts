import type { ProjectScope } from "../../domain/access.js";
import type { DashboardFigures } from "../../domain/contracts/dashboard.js";
import type { IndicatorList } from "../../domain/contracts/indicators.js";
import type { OpenProblem } from "../../domain/contracts/problems.js";
import type { Reference } from "../../domain/contracts/reference.js";
import type { Warnings } from "../../domain/contracts/warnings.js";
import { businessDate } from "../../domain/dates.js";
import {
  bulletinMonth,
  type BulletinData,
  type BulletinFigures,
  type BulletinIndicator,
  type BulletinProblem,
  type RedFlag,
} from "../../domain/dispatch/bulletin.js";
import { scopeInWords } from "../../domain/dispatch/bulletin-text.js";
import { PROBLEM_CATEGORY_LABELS, PROBLEM_TIER_LABELS } from "../../domain/dispatch/problems.js";
import { fen } from "../../domain/money.js";
import { organisationNames } from "../../store/organisations.js";
import { projectScope } from "../access.js";
import type { ServiceContext } from "../context.js";
import { dashboardFor } from "../dashboard.js";
import { indicatorProgress } from "../indicators.js";
import { openProblems, problemCounts } from "../problems.js";
import { getReference } from "../reference.js";
import { reportStatusFor } from "../report-status.js";
import { warningsFor } from "../warnings.js";

/** Dashboard figures with the amounts back to fen. */
export function figuresOf(f: DashboardFigures): BulletinFigures {
  return {
    ...f,
    plannedFen: fen(f.plannedFen),
    monthFen: fen(f.monthFen),
    yearToDateFen: fen(f.yearToDateFen),
    cumulativeFen: fen(f.cumulativeFen),
    totalFen: fen(f.totalFen),
  };
}

const monthEnd = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The caller's scope in words: 全市, or its districts, led specials, own organisation, the whitelist. */
async function scopeWords(ctx: ServiceContext, scope: ProjectScope, reference: Reference): Promise<string> {
  if (scope.kind === "all") return scopeInWords({ all: true });
  const orgs = await organisationNames(ctx.db, [...scope.leadDepartmentIds, ...scope.ownerIds]);
  const districtName = new Map(reference.districts.map((d) => [d.code, d.name]));
  return scopeInWords({
    all: false,
    parts: [
      ...scope.districtCodes.map((code) => districtName.get(code) ?? code),
      ...scope.leadDepartmentIds.map((id) => `${orgs.get(id) ?? id}牵头专项`),
      ...scope.ownerIds.map((id) => `${orgs.get(id) ?? id}项目`),
      ...(scope.whitelist ? ["重大项目白名单"] : []),
    ],
  });
}

function redFlags(warnings: Warnings, reference: Reference): RedFlag[] {
  const district = new Map(reference.districts.map((d) => [d.code, d.name]));
  const sector = new Map(reference.sectors.map((s) => [s.code, s.zh]));
  const special = new Map(reference.specials.map((s) => [s.code, s.zh]));
  return warnings.projects
    .filter((p) => p.level === "red")
    .map((p) => ({
      id: p.id,
      name: p.name,
      districtCode: p.districtCode,
      districtZh: district.get(p.districtCode) ?? p.districtCode,
      sectorZh: sector.get(p.sectorCode) ?? p.sectorCode,
      specialZh: special.get(p.specialCode) ?? p.specialCode,
      reasons: p.reasons.map((r) => r.zh),
    }));
}

function problemRows(problems: OpenProblem[], reference: Reference): BulletinProblem[] {
  const district = new Map(reference.districts.map((d) => [d.code, d.name]));
  return problems.map((p) => ({
    id: p.id,
    projectName: p.projectName,
    districtZh: district.get(p.districtCode) ?? p.districtCode,
    category: PROBLEM_CATEGORY_LABELS[p.category].zh,
    title: p.title,
    responsibleUnit: p.responsibleUnit,
    tier: PROBLEM_TIER_LABELS[p.tier].zh,
    dueDate: p.dueDate,
    overdueDays: p.overdue ? p.daysOverdue : 0,
  }));
}

function indicatorRows(list: IndicatorList): BulletinIndicator[] {
  return list.items.map((i) => ({
    code: i.code,
    zh: i.zh,
    unit: i.unit,
    target: i.target.text.zh,
    value: i.progress.value,
    source: i.progress.basis,
    period:
      i.progress.basis === "recorded"
        ? (i.recorded?.period ?? null)
        : i.progress.basis === "computed"
          ? list.period
          : null,
    progress: i.progress.percent === null ? null : Number(i.progress.percent),
    standing: i.progress.status,
  }));
}

/**
 * Gathers a month's bulletin over the caller's scope from the dispatch services: the dashboard by
 * sector and by district, the warnings, the reporting, the problems open at the month's
 * end (or today, for the current month) and the KPIs for the month.
 */
export async function assembleBulletin(ctx: ServiceContext, monthText: string): Promise<BulletinData> {
  const scope = await projectScope(ctx);
  const month = bulletinMonth(monthText, businessDate(ctx.now()));
  const today = businessDate(ctx.now());
  // One dashboard first: it brings the dispatch facts up to the month, which the others then read.
  const bySector = await dashboardFor(ctx, { month, groupBy: "sector" });
  const byDistrict = await dashboardFor(ctx, { month, groupBy: "district" });
  const problemsAsOf = monthEnd(month) < today ? monthEnd(month) : today;
  const reference = await getReference(ctx);
  const warnings = await warningsFor(ctx, { month, limit: 2000 });
  const reporting = await reportStatusFor(ctx, month);
  const problems = await openProblems(ctx, { asOf: problemsAsOf });
  const counts = await problemCounts(ctx, problemsAsOf);
  const indicators = await indicatorProgress(ctx, month);

  const sectorNo = new Map(reference.sectors.map((s) => [s.code, s.no]));
  const groups = (d: typeof bySector) => d.groups.map((g) => ({ key: g.key, zh: g.zh, ...figuresOf(g) }));
  return {
    month,
    asOf: bySector.asOf,
    scopeWords: await scopeWords(ctx, scope, reference),
    totals: figuresOf(bySector.totals),
    series: bySector.series.map((s) => ({ month: s.month, ...figuresOf(s) })),
    sectors: groups(bySector).sort((a, b) => (sectorNo.get(a.key) ?? 99) - (sectorNo.get(b.key) ?? 99)),
    districts: groups(byDistrict),
    reporting: {
      dueDate: reporting.dueDate,
      totals: {
        due: reporting.totals.due,
        onTime: reporting.totals.onTime,
        late: reporting.totals.late,
        missing: reporting.totals.missing,
      },
      byDistrict: reporting.byDistrict.map((d) => ({
        code: d.code,
        zh: d.zh,
        due: d.due,
        onTime: d.onTime,
        late: d.late,
        missing: d.missing,
      })),
    },
    redFlags: redFlags(warnings, reference),
    problems: { open: counts.open, overdue: counts.overdue, items: problemRows(problems, reference) },
    indicators: indicatorRows(indicators),
  };
}
