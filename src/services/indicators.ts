import { hasPermission } from "../domain/access.js";
import type {
  IndicatorHistory,
  IndicatorList,
  IndicatorStatus,
  IndicatorValue,
  IndicatorValueInput,
} from "../domain/contracts/indicators.js";
import { businessDate } from "../domain/dates.js";
import {
  approvalWindow,
  byPlanOrder,
  countWindow,
  meaningOf,
} from "../domain/dispatch/indicator-catalogue.js";
import {
  describeTarget,
  formatDecimal,
  parseDecimal,
  parsePeriod,
  periodProblems,
  progressOf,
  recordProblems,
  standingValue,
  supersededIds,
  targetOf,
  valueForPeriod,
  valueKindOf,
  type IndicatorTarget,
  type Period,
} from "../domain/dispatch/indicators.js";
import { invalidFields, notFound } from "../domain/errors.js";
import {
  countCompletedProjects,
  findIndicatorDefinition,
  findIndicatorValue,
  indicatorValueHistory,
  indicatorValuesUpTo,
  insertIndicatorValue,
  latestValueOf,
  listIndicatorDefinitions,
  type IndicatorValueRow,
} from "../store/indicators.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "./access.js";
import { completedApprovalFigures } from "./approval-summary.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";

type Definition = NonNullable<Awaited<ReturnType<typeof findIndicatorDefinition>>>;

/** A stored numeric(18,4) read back exactly. */
function scaled(stored: string): bigint {
  const parsed = parseDecimal(stored);
  if (!parsed.ok) throw new Error(`stored indicator value is not a decimal: ${stored}`);
  return parsed.value;
}

/** A stored row with its value written as entered ("85.5"), not as numeric(18,4) returns it ("85.5000"). */
const exactValue = <T extends { value: string }>(row: T): T => ({
  ...row,
  value: formatDecimal(scaled(row.value)),
});

function presentValue(row: IndicatorValueRow, superseded: boolean): IndicatorValue {
  return {
    id: row.id,
    indicatorCode: row.indicatorCode,
    period: row.period,
    value: formatDecimal(scaled(row.value)),
    source: row.source,
    note: row.note,
    enteredBy: row.enteredBy === null ? null : { id: row.enteredBy, name: row.enteredByName ?? "" },
    enteredAt: row.enteredAt.toISOString(),
    superseded,
  };
}

function head(def: Definition) {
  const meaning = meaningOf(def.code, def.zh, def.unit);
  return {
    code: def.code,
    zh: def.zh,
    en: meaning.en,
    unit: def.unit,
    unitEn: meaning.unitEn,
    valueKind: valueKindOf(def.unit),
  };
}

function presentTarget(target: IndicatorTarget, unit: string, unitEn: string): IndicatorStatus["target"] {
  const text = describeTarget(target, unit, unitEn);
  switch (target.kind) {
    case "at_least_by":
      return { kind: target.kind, min: formatDecimal(target.min), max: null, year: target.year, text };
    case "at_least_each_period":
      return { kind: target.kind, min: formatDecimal(target.min), max: null, year: null, text };
    case "range_each_year":
      return {
        kind: target.kind,
        min: formatDecimal(target.min),
        max: formatDecimal(target.max),
        year: null,
        text,
      };
    case "one_plus_n":
      return { kind: target.kind, min: "1", max: null, year: target.year, text };
  }
}

function checkedPeriod(text: string, today: string, planStartYear: number): Period {
  const problems = periodProblems(text, { today, planStartYear });
  const period = parsePeriod(text.trim());
  if (problems.length || !period) throw invalidFields(problems);
  return period;
}

/**
 * Every plan indicator for a period: its target, the value recorded for the period, the library's
 * count where one is defined (over the caller's scope), and the progress of whichever stands. Shared
 * by the indicator page, the monthly bulletin and the dashboard.
 */
export async function indicatorProgress(ctx: ServiceContext, periodText: string): Promise<IndicatorList> {
  const scope = await projectScope(ctx);
  const principal = principalOf(ctx);
  const today = businessDate(ctx.now());
  const definitions = (await listIndicatorDefinitions(ctx.db)).sort((a, b) => byPlanOrder(a.code, b.code));
  const planStartYear = Math.min(...definitions.map((d) => d.planStartYear), Number(today.slice(0, 4)));
  const period = checkedPeriod(periodText, today, planStartYear);
  const values = await indicatorValuesUpTo(ctx.db, period.year);
  const items: IndicatorStatus[] = [];
  for (const def of definitions) {
    const meaning = meaningOf(def.code, def.zh, def.unit);
    const target = targetOf(def);
    const recordedRow = valueForPeriod(
      values.filter((v) => v.indicatorCode === def.code),
      period,
      target,
    );
    let computed: IndicatorStatus["computed"] = null;
    let computedValue: bigint | null = null;
    if (meaning.count) {
      const n = await countCompletedProjects(ctx.db, scope, {
        specials: meaning.count.specials,
        ...countWindow(meaning.count, period, today),
      });
      computedValue = BigInt(n) * 10_000n;
      computed = {
        value: String(n),
        rule: meaning.count.rule,
        approximate: meaning.count.approximate,
        wholePlan: scope.kind === "all",
      };
    }
    if (meaning.approvals) {
      const { from, to } = approvalWindow(period, today);
      const median = (await completedApprovalFigures(ctx.db, scope, from, to)).medianSpeedupPct;
      if (median !== null) {
        computedValue = scaled(median);
        computed = {
          value: formatDecimal(computedValue),
          rule: meaning.approvals.rule,
          approximate: false,
          wholePlan: scope.kind === "all",
        };
      }
    }
    const standing = standingValue(
      recordedRow ? scaled(recordedRow.value) : null,
      computedValue === null ? null : { value: computedValue, wholePlan: scope.kind === "all" },
    );
    const progress = progressOf(target, standing.value, period, { today, planStartYear: def.planStartYear });
    items.push({
      ...head(def),
      target: presentTarget(target, def.unit, meaning.unitEn),
      entryHint: meaning.entry,
      caveat: meaning.caveat,
      recorded: recordedRow ? presentValue(recordedRow, false) : null,
      computed,
      progress: {
        basis: standing.basis,
        value: standing.value === null ? null : formatDecimal(standing.value),
        ...progress,
      },
    });
  }
  return {
    period: period.text,
    today,
    planStartYear,
    canRecord: !principal || hasPermission(principal.roles, "indicators.record"),
    items,
  };
}

/** The indicator list for a period, the current year when none is asked for. */
export async function listIndicators(
  ctx: ServiceContext,
  period: string | undefined,
): Promise<IndicatorList> {
  return indicatorProgress(ctx, period ?? businessDate(ctx.now()).slice(0, 4));
}

async function definitionOf(ctx: ServiceContext, code: string): Promise<Definition> {
  const def = await findIndicatorDefinition(ctx.db, code);
  if (!def) throw notFound("指标", "Indicator", code);
  return def;
}

/** Every value recorded for an indicator, corrections and what they replaced alike. */
export async function indicatorHistory(ctx: ServiceContext, code: string): Promise<IndicatorHistory> {
  principalOf(ctx);
  const def = await definitionOf(ctx, code);
  const rows = await indicatorValueHistory(ctx.db, code);
  const superseded = supersededIds(rows);
  return { indicator: head(def), items: rows.map((r) => presentValue(r, superseded.has(r.id))) };
}

/**
 * Records a value for a period. A correction is a new value for the same period: it stands from now on,
 * and the one it replaces stays in the history.
 */
export async function recordIndicatorValue(
  ctx: ServiceContext,
  code: string,
  input: IndicatorValueInput,
): Promise<IndicatorValue> {
  await requirePermission(ctx, "indicators.record", "indicator");
  await requireWriter(ctx, "indicator");
  const def = await definitionOf(ctx, code);
  const today = businessDate(ctx.now());
  const checked = recordProblems(input, { today, planStartYear: def.planStartYear, unit: def.unit });
  if (checked.value === null) throw invalidFields(checked.problems);
  const value = checked.value;
  const period = input.period.trim();
  const enteredBy = principalOf(ctx)?.userId ?? null;
  const created = await ctx.db.transaction(async (tx) => {
    const before = await latestValueOf(tx, code, period);
    const row = await insertIndicatorValue(tx, {
      indicatorCode: code,
      period,
      value: formatDecimal(value),
      source: input.source.trim(),
      note: input.note.trim(),
      enteredBy,
      enteredAt: ctx.now(),
    });
    await record(ctx, tx, {
      action: before ? "indicator.corrected" : "indicator.recorded",
      entityType: "indicator",
      entityId: code,
      before: before && exactValue(before),
      after: exactValue(row),
      details: { period },
    });
    return row;
  });
  const saved = await findIndicatorValue(ctx.db, created.id);
  if (!saved) throw new Error("recorded value not found");
  return presentValue(saved, false);
}
