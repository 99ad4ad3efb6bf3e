import type { Warnings } from "../domain/contracts/warnings.js";
import { businessDate } from "../domain/dates.js";
import {
  assessProjectMonth,
  DEFAULT_RULES,
  SEVERITY,
  type WarningLevel,
} from "../domain/dispatch/warnings.js";
import { invalidFields } from "../domain/errors.js";
import { warningInputs } from "../store/warnings.js";
import { projectScope } from "./access.js";
import type { ServiceContext } from "./context.js";

function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

type Counts = { red: number; yellow: number; green: number };

function rollUp(items: { key: string; level: WarningLevel }[]): (Counts & { code: string })[] {
  const groups = new Map<string, Counts>();
  for (const { key, level } of items) {
    const c = groups.get(key) ?? { red: 0, yellow: 0, green: 0 };
    c[level] += 1;
    groups.set(key, c);
  }
  return [...groups.entries()]
    .map(([code, c]) => ({ code, ...c }))
    .sort((a, b) => b.red - a.red || b.yellow - a.yellow || (a.code < b.code ? -1 : 1));
}

/** Red / yellow / green for every project in the caller's scope in a month, with reasons and roll-ups. */
export async function warningsFor(ctx: ServiceContext, month: string): Promise<Warnings> {
  const scope = await projectScope(ctx);
  const today = businessDate(ctx.now());
  if (month > today.slice(0, 7)) {
    throw invalidFields([
      { field: "month", message: "不能评估未来月份", messageEn: "a future month cannot be assessed" },
    ]);
  }
  const rules = DEFAULT_RULES;
  const { projects, reports } = await warningInputs(
    ctx.db,
    scope,
    month,
    monthsBefore(month, rules.stallReports),
  );
  const byProject = new Map<number, typeof reports>();
  for (const r of reports) byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r]);
  const assessed = projects.map((p) => ({
    p,
    ...assessProjectMonth(
      {
        month,
        today,
        stage: p.stage,
        plannedStart: p.plannedStart,
        actualStart: p.actualStart,
        actualEnd: p.actualEnd,
        annualPlanFen: BigInt(p.annualPlanFen),
        yearToDateFen: BigInt(p.yearToDateFen),
        reports: byProject.get(p.id) ?? [],
      },
      rules,
    ),
  }));
  const summary = { red: 0, yellow: 0, green: 0 };
  for (const a of assessed) summary[a.level] += 1;
  return {
    month,
    summary,
    projects: assessed
      .filter((a) => a.level !== "green")
      .sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level] || a.p.id - b.p.id)
      .map(({ p, level, reasons }) => ({
        id: p.id,
        name: p.name,
        specialCode: p.specialCode,
        sectorCode: p.sectorCode,
        districtCode: p.districtCode,
        level,
        reasons,
      })),
    bySpecial: rollUp(assessed.map((a) => ({ key: a.p.specialCode, level: a.level }))),
    bySector: rollUp(assessed.map((a) => ({ key: a.p.sectorCode, level: a.level }))),
    byDistrict: rollUp(assessed.map((a) => ({ key: a.p.districtCode, level: a.level }))),
  };
}
