import type { FieldProblem } from "../errors.js";

/**
 * The plan's KPI indicators (发展目标): which periods a value may be recorded for, what a value may be,
 * and how far a value is from its target. Values are exact decimals with up to four places, held here
 * as bigints scaled by 10^4 so that no comparison passes through a float.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

/** 10^4: one whole unit as a scaled value. */
export const ONE = 10_000n;
const DECIMALS = 4;
/** numeric(18,4) holds at most 14 digits before the point. */
const MAX_WHOLE_DIGITS = 14;

const problem = (field: string, message: string, messageEn: string): FieldProblem => ({
  field,
  message,
  messageEn,
});

// ---- decimals ----

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export type DecimalParse =
  { ok: true; value: bigint } | { ok: false; reason: "format" | "precision" | "too_large" };

/** Parses "85", "85.5" or "0.0001" exactly into a value scaled by 10^4; never rounds. */
export function parseDecimal(text: string): DecimalParse {
  const m = DECIMAL.exec(text.trim());
  if (!m) return { ok: false, reason: "format" };
  const [, sign = "", whole = "", frac = ""] = m;
  if (frac.length > DECIMALS) return { ok: false, reason: "precision" };
  if (whole.replace(/^0+(?=\d)/, "").length > MAX_WHOLE_DIGITS) return { ok: false, reason: "too_large" };
  const scaled = BigInt(whole) * ONE + BigInt(frac.padEnd(DECIMALS, "0"));
  return { ok: true, value: sign === "-" ? -scaled : scaled };
}

/** A scaled value as its shortest exact decimal: 835000n → "83.5", 120000n → "12". */
export function formatDecimal(value: bigint): string {
  const neg = value < 0n;
  const abs = neg ? -value : value;
  const whole = (abs / ONE).toString();
  const frac = (abs % ONE).toString().padStart(DECIMALS, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}

/** n / d rounded half up to one decimal place, as text ("83.3"); n, d ≥ 0, d > 0. */
function ratioTenths(n: bigint, d: bigint): string {
  const tenths = (n * 10n * 2n + d) / (2n * d);
  return `${tenths / 10n}.${tenths % 10n}`;
}

// ---- periods ----

/** A reporting period: a year (`2022`) or a month (`2022-06`). */
export interface Period {
  text: string;
  year: number;
  /** 1–12, or null for a whole year. */
  month: number | null;
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  return { text, year: Number(m[1]), month: m[2] ? Number(m[2]) : null };
}

/** The last month of the period, YYYY-MM. */
export function periodEndMonth(p: Period): string {
  return `${p.year}-${String(p.month ?? 12).padStart(2, "0")}`;
}

/** The last day of the period, YYYY-MM-DD. */
export function periodEndDate(p: Period): string {
  const month = p.month ?? 12;
  const last = new Date(Date.UTC(p.year, month, 0)).getUTCDate();
  return `${periodEndMonth(p)}-${String(last).padStart(2, "0")}`;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Why a period cannot be used: it must be written YYYY or YYYY-MM, must not lie in the future (a year
 * may be the current one, not yet over), and must not start before the plan does.
 */
export function periodProblems(
  text: string,
  ctx: { today: string; planStartYear: number },
  field = "period",
): FieldProblem[] {
  const p = parsePeriod(text.trim());
  if (!p)
    return [
      problem(
        field,
        "期间须为年份 YYYY 或月份 YYYY-MM（如 2022 或 2022-06）",
        "the period must be a year YYYY or a month YYYY-MM (e.g. 2022 or 2022-06)",
      ),
    ];
  const currentYear = Number(ctx.today.slice(0, 4));
  const currentMonth = ctx.today.slice(0, 7);
  if (p.year > currentYear || (p.month !== null && p.text > currentMonth))
    return [
      problem(
        field,
        `不能是未来期间（今天是 ${ctx.today}）`,
        `the period cannot be in the future (today is ${ctx.today})`,
      ),
    ];
  if (p.year < ctx.planStartYear)
    return [
      problem(
        field,
        `不能早于规划起始年 ${ctx.planStartYear} 年`,
        `the period cannot precede the plan's first year, ${ctx.planStartYear}`,
      ),
    ];
  return [];
}

// ---- values ----

/** A percentage (0–100, decimals allowed) or a count (a whole number ≥ 0). */
export type ValueKind = "percent" | "count";

export const valueKindOf = (unit: string): ValueKind => (unit.trim() === "%" ? "percent" : "count");

/** Checks a value as typed, returning it scaled by 10^4 when it is acceptable. */
export function checkValue(
  text: string,
  kind: ValueKind,
  field = "value",
): { value: bigint; problems: [] } | { value: null; problems: FieldProblem[] } {
  const fail = (zh: string, en: string) => ({ value: null, problems: [problem(field, zh, en)] });
  const parsed = parseDecimal(text);
  if (!parsed.ok) {
    switch (parsed.reason) {
      case "format":
        return fail(
          "数值须为十进制数字，如 85 或 85.5",
          "the value must be a decimal number such as 85 or 85.5",
        );
      case "precision":
        return fail("数值最多保留 4 位小数", "the value may have at most 4 decimal places");
      case "too_large":
        return fail("数值过大", "the value is too large");
    }
  }
  const v = parsed.value;
  if (v < 0n) return fail("数值不能为负", "the value cannot be negative");
  if (kind === "percent" && v > 100n * ONE)
    return fail("百分比须在 0 到 100 之间", "a percentage must lie between 0 and 100");
  if (kind === "count" && v % ONE !== 0n) return fail("个数须为整数", "a count must be a whole number");
  return { value: v, problems: [] };
}

export interface ValueEntry {
  period: string;
  value: string;
  source: string;
  note: string;
}

/** Every problem with a value to record, field by field; the scaled value when there is none. */
export function recordProblems(
  input: ValueEntry,
  ctx: { today: string; planStartYear: number; unit: string },
): { value: bigint | null; problems: FieldProblem[] } {
  const problems = periodProblems(input.period, ctx);
  const checked = checkValue(input.value, valueKindOf(ctx.unit));
  problems.push(...checked.problems);
  if (!input.source.trim())
    problems.push(
      problem(
        "source",
        "请填写数据来源（如统计部门、主管部门文件）",
        "state the source of the value (e.g. a statistics office or a department's document)",
      ),
    );
  return { value: problems.length ? null : checked.value, problems };
}

// ---- targets ----

/**
 * The plan's targets by comparator: `>=` by a year (a level to reach by its end), `>=` each period
 * (a rate every period must meet), `between` each year (a count to reach within every year), and the
 * structure `1+N` (the national top node plus N secondary nodes).
 */
export type IndicatorTarget =
  | { kind: "at_least_by"; min: bigint; year: number }
  | { kind: "at_least_each_period"; min: bigint }
  | { kind: "range_each_year"; min: bigint; max: bigint }
  | { kind: "one_plus_n"; year: number };

export interface IndicatorDefinition {
  code: string;
  comparator: string;
  target: number | string | number[];
  /** "2022", or "each" for every period. */
  year: string;
}

const scaledNumber = (n: unknown, code: string): bigint => {
  const parsed = typeof n === "number" ? parseDecimal(String(n)) : null;
  if (!parsed?.ok) throw new Error(`indicator ${code}: target ${String(n)} is not a decimal number`);
  return parsed.value;
};

/** Reads the target of a plan indicator; a shape the plan never uses is a defect in the plan data. */
export function targetOf(def: IndicatorDefinition): IndicatorTarget {
  const year = /^\d{4}$/.test(def.year) ? Number(def.year) : null;
  if (def.comparator === ">=" && year !== null)
    return { kind: "at_least_by", min: scaledNumber(def.target, def.code), year };
  if (def.comparator === ">=" && def.year === "each")
    return { kind: "at_least_each_period", min: scaledNumber(def.target, def.code) };
  if (
    def.comparator === "between" &&
    def.year === "each" &&
    Array.isArray(def.target) &&
    def.target.length === 2
  )
    return {
      kind: "range_each_year",
      min: scaledNumber(def.target[0], def.code),
      max: scaledNumber(def.target[1], def.code),
    };
  if (def.comparator === "structure" && def.target === "1+N" && year !== null)
    return { kind: "one_plus_n", year };
  throw new Error(
    `indicator ${def.code}: unknown target ${def.comparator} ${JSON.stringify(def.target)} (${def.year})`,
  );
}

/** The target in words, e.g. "2022 年达到 80% 以上". */
export function describeTarget(target: IndicatorTarget, unit: string, unitEn: string): Bilingual {
  const u = (v: bigint) => `${formatDecimal(v)}${unit === "%" ? "%" : ` ${unit}`}`;
  const uEn = (v: bigint) => `${formatDecimal(v)}${unitEn === "%" ? "%" : ` ${unitEn}`}`;
  switch (target.kind) {
    case "at_least_by":
      return {
        zh: `到 ${target.year} 年达到 ${u(target.min)} 以上`,
        en: `at least ${uEn(target.min)} by ${target.year}`,
      };
    case "at_least_each_period":
      return { zh: `每期不低于 ${u(target.min)}`, en: `at least ${uEn(target.min)} every period` };
    case "range_each_year":
      return {
        zh: `每年 ${formatDecimal(target.min)}–${formatDecimal(target.max)} 个`,
        en: `${formatDecimal(target.min)}–${formatDecimal(target.max)} every year`,
      };
    case "one_plus_n":
      return {
        zh: `到 ${target.year} 年形成“1+N”格局：国家顶级节点 1 个 + 二级节点 N 个（N ≥ 1）`,
        en: `a "1+N" structure by ${target.year}: the national top node plus N ≥ 1 secondary nodes`,
      };
  }
}

// ---- progress ----

export const PROGRESS_STATUSES = ["met", "on_track", "behind", "no_data"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface Progress {
  status: ProgressStatus;
  /** Value as a share of the target, one decimal rounded down ("83.3"); null where a share means nothing. */
  percent: string | null;
  explanation: Bilingual;
}

export interface ProgressContext {
  today: string;
  planStartYear: number;
}

/** The value as a percentage of the target, rounded down to one decimal so that "100.0" means reached. */
function percentOf(value: bigint, target: bigint): string | null {
  if (target <= 0n) return null;
  const tenths = (value * 1000n) / target;
  return `${tenths / 10n}.${tenths % 10n}`;
}

/**
 * How a value for a period stands against the target. A level due by a year is "on track" while it
 * keeps up with a straight line (序时) from zero at the start of the plan's first year to the target at
 * the end of the due year; a per-year count keeps up with a straight line through its year. A period
 * still running is judged as of today.
 */
export function progressOf(
  target: IndicatorTarget,
  value: bigint | null,
  period: Period,
  ctx: ProgressContext,
): Progress {
  if (value === null)
    return {
      status: "no_data",
      percent: null,
      explanation: { zh: "本期暂无数值", en: "no value for the period" },
    };
  const todayMonth = ctx.today.slice(0, 7);
  const endMonth = periodEndMonth(period) < todayMonth ? periodEndMonth(period) : todayMonth;
  const v = formatDecimal(value);
  switch (target.kind) {
    case "at_least_by": {
      const percent = percentOf(value, target.min);
      if (value >= target.min)
        return { status: "met", percent, explanation: { zh: "已达到目标", en: "target reached" } };
      const deadline = `${target.year}-12`;
      if (endMonth >= deadline)
        return {
          status: "behind",
          percent,
          explanation: {
            zh: `目标期限 ${target.year} 年底已到，未达到 ${formatDecimal(target.min)}`,
            en: `the end of ${target.year} is reached without ${formatDecimal(target.min)}`,
          },
        };
      const start = `${ctx.planStartYear}-01`;
      const total = BigInt(monthIndex(deadline) - monthIndex(start) + 1);
      const elapsed = BigInt(Math.max(0, monthIndex(endMonth) - monthIndex(start) + 1));
      const expected = ratioTenths(target.min * elapsed, total * ONE);
      const onTrack = value * total >= target.min * elapsed;
      return {
        status: onTrack ? "on_track" : "behind",
        percent,
        explanation: {
          zh: `按 ${ctx.planStartYear} 年初至 ${target.year} 年底匀速推进，截至 ${endMonth} 应达 ${expected}，当前 ${v}`,
          en: `at a straight-line pace from early ${ctx.planStartYear} to the end of ${target.year}, ${expected} is due by ${endMonth}; the value is ${v}`,
        },
      };
    }
    case "at_least_each_period": {
      const percent = percentOf(value, target.min);
      return value >= target.min
        ? { status: "met", percent, explanation: { zh: "本期达到目标", en: "target met for the period" } }
        : {
            status: "behind",
            percent,
            explanation: {
              zh: `低于目标 ${formatDecimal(target.min)}`,
              en: `below the target of ${formatDecimal(target.min)}`,
            },
          };
    }
    case "range_each_year": {
      const percent = percentOf(value, target.min);
      if (value >= target.min) {
        const above = value > target.max;
        return {
          status: "met",
          percent,
          explanation: above
            ? {
                zh: `${period.year} 年已达 ${v} 个，超过计划区间上限 ${formatDecimal(target.max)}`,
                en: `${v} in ${period.year}, above the plan's range of up to ${formatDecimal(target.max)}`,
              }
            : { zh: `${period.year} 年已达 ${v} 个`, en: `${v} in ${period.year}` },
        };
      }
      if (endMonth >= `${period.year}-12`)
        return {
          status: "behind",
          percent,
          explanation: {
            zh: `${period.year} 年仅 ${v} 个，未达到 ${formatDecimal(target.min)} 个`,
            en: `only ${v} in ${period.year}, short of ${formatDecimal(target.min)}`,
          },
        };
      const elapsed = BigInt(Number(endMonth.slice(5, 7)));
      const expected = ratioTenths(target.min * elapsed, 12n * ONE);
      return {
        status: value * 12n >= target.min * elapsed ? "on_track" : "behind",
        percent,
        explanation: {
          zh: `按全年匀速推进，截至 ${endMonth} 应达 ${expected} 个，当前 ${v} 个`,
          en: `at a straight-line pace through the year, ${expected} are due by ${endMonth}; the count is ${v}`,
        },
      };
    }
    case "one_plus_n":
      return value >= ONE
        ? {
            status: "met",
            percent: null,
            explanation: {
              zh: `已形成“1+N”格局：国家顶级节点 + 二级节点 ${v} 个`,
              en: `the "1+N" structure stands: the national top node plus ${v} secondary nodes`,
            },
          }
        : {
            status: "behind",
            percent: null,
            explanation: {
              zh: "尚无二级节点，未形成“1+N”格局",
              en: `no secondary node yet: no "1+N" structure`,
            },
          };
  }
}

// ---- recorded values ----

export interface RecordedValue {
  id: number;
  period: string;
  enteredAt: Date;
}

const later = (a: RecordedValue, b: RecordedValue) =>
  a.enteredAt.getTime() !== b.enteredAt.getTime() ? a.enteredAt > b.enteredAt : a.id > b.id;

/**
 * Which recorded values can stand for a period. A level due by a year (coverage, a number of
 * platforms, the nodes of "1+N") stands as of the period's end, whenever it was recorded; a per-year
 * count only within the period's year, up to the period's end; a per-period rate only within the
 * period (a year's own entry, or one of its months).
 */
export function standsFor(target: IndicatorTarget, period: Period, entry: Period): boolean {
  const endsBy = periodEndMonth(entry) <= periodEndMonth(period);
  switch (target.kind) {
    case "at_least_by":
    case "one_plus_n":
      return endsBy;
    case "range_each_year":
      return entry.year === period.year && endsBy;
    case "at_least_each_period":
      return period.month === null ? entry.year === period.year : entry.text === period.text;
  }
}

/**
 * The value that stands for a period: among the values that may (see `standsFor`), the one for the
 * latest period — a year's own entry before its December — and, for the same period, the latest
 * entered, so that a correction wins.
 */
export function valueForPeriod<T extends RecordedValue>(
  entries: readonly T[],
  period: Period,
  target: IndicatorTarget,
): T | null {
  let best: { entry: T; end: string; wholeYear: boolean } | null = null;
  for (const entry of entries) {
    const p = parsePeriod(entry.period);
    if (!p || !standsFor(target, period, p)) continue;
    const candidate = { entry, end: periodEndMonth(p), wholeYear: p.month === null };
    if (
      !best ||
      candidate.end > best.end ||
      (candidate.end === best.end && candidate.wholeYear && !best.wholeYear) ||
      (candidate.end === best.end && candidate.wholeYear === best.wholeYear && later(entry, best.entry))
    )
      best = candidate;
  }
  return best?.entry ?? null;
}

/** Ids of entries replaced by a later entry for the same period (kept in the history, no longer standing). */
export function supersededIds(entries: readonly RecordedValue[]): Set<number> {
  const latest = new Map<string, RecordedValue>();
  for (const e of entries) {
    const held = latest.get(e.period);
    if (!held || later(e, held)) latest.set(e.period, e);
  }
  return new Set(entries.filter((e) => latest.get(e.period) !== e).map((e) => e.id));
}

/**
 * The value progress is measured on: a recorded value (the official figure) over a library count, and a
 * count only when it covers the whole plan — a count over one district or department says nothing about
 * a city-wide target.
 */
export function standingValue(
  recorded: bigint | null,
  computed: { value: bigint; wholePlan: boolean } | null,
): { basis: "recorded" | "computed" | null; value: bigint | null } {
  if (recorded !== null) return { basis: "recorded", value: recorded };
  if (computed?.wholePlan) return { basis: "computed", value: computed.value };
  return { basis: null, value: null };
}
