import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planFileSchema } from "../plan.js";
import { countWindow, INDICATOR_MEANINGS, meaningOf } from "./indicator-catalogue.js";
import {
  checkValue,
  describeTarget,
  formatDecimal,
  ONE,
  parseDecimal,
  parsePeriod,
  periodEndDate,
  periodProblems,
  progressOf,
  recordProblems,
  standingValue,
  supersededIds,
  targetOf,
  valueForPeriod,
  type IndicatorTarget,
  type Period,
} from "./indicators.js";

const plan = planFileSchema.parse(
  JSON.parse(readFileSync(new URL("../../../reference/plan-2020-2022.json", import.meta.url), "utf8")),
);
const definitions = plan.indicators.map((i) => ({ ...i, year: String(i.year) }));
const targetOfCode = (code: string) => targetOf(definitions.find((d) => d.code === code)!);

const dec = (text: string) => {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new Error(`not a decimal: ${text}`);
  return parsed.value;
};
const period = (text: string) => parsePeriod(text)!;
const ctx = { today: "2022-12-31", planStartYear: 2020 };

describe("exact decimals", () => {
  it("parses to ten-thousandths without rounding, so 0.1 + 0.2 is exactly 0.3", () => {
    expect(dec("0.1") + dec("0.2")).toBe(dec("0.3"));
    expect(dec("85.5")).toBe(855_000n);
    expect(dec(" 0.0001 ")).toBe(1n);
    expect(dec("80.0001") > dec("80")).toBe(true);
    expect(dec("99999999999999.9999")).toBe(999_999_999_999_999_999n);
  });

  it("refuses more than four decimals, more than fourteen whole digits, and anything not a plain decimal", () => {
    expect(parseDecimal("79.99995")).toEqual({ ok: false, reason: "precision" });
    expect(parseDecimal("100000000000000")).toEqual({ ok: false, reason: "too_large" });
    for (const text of ["", "1e3", "85%", "８５", "1,000", ".5", "5.", "NaN", "0x10"])
      expect(parseDecimal(text), text).toEqual({ ok: false, reason: "format" });
  });

  it("formats back to the shortest exact text", () => {
    expect(formatDecimal(835_000n)).toBe("83.5");
    expect(formatDecimal(120_000n)).toBe("12");
    expect(formatDecimal(1n)).toBe("0.0001");
    expect(formatDecimal(dec("83.5000"))).toBe("83.5");
    expect(formatDecimal(-15_000n)).toBe("-1.5");
  });
});

describe("values", () => {
  it("takes a percentage from 0 to 100 with up to four decimals", () => {
    expect(checkValue("0", "percent")).toEqual({ value: 0n, problems: [] });
    expect(checkValue("100", "percent").value).toBe(100n * ONE);
    expect(checkValue("85.1234", "percent").value).toBe(851_234n);
    const over = checkValue("100.0001", "percent");
    expect(over.problems).toEqual([
      {
        field: "value",
        message: "百分比须在 0 到 100 之间",
        messageEn: "a percentage must lie between 0 and 100",
      },
    ]);
  });

  it("takes a count as a whole number of at least zero", () => {
    expect(checkValue("12", "count").value).toBe(12n * ONE);
    expect(checkValue("12.0", "count").value).toBe(12n * ONE);
    expect(checkValue("12.5", "count").problems[0]).toMatchObject({
      field: "value",
      message: "个数须为整数",
      messageEn: "a count must be a whole number",
    });
    expect(checkValue("-1", "count").problems[0]?.messageEn).toBe("the value cannot be negative");
  });

  it("names the value field in both languages for text that is no number", () => {
    expect(checkValue("八十", "percent").problems).toEqual([
      {
        field: "value",
        message: "数值须为十进制数字，如 85 或 85.5",
        messageEn: "the value must be a decimal number such as 85 or 85.5",
      },
    ]);
    expect(checkValue("85.12345", "percent").problems[0]?.message).toBe("数值最多保留 4 位小数");
  });

  it("lists every problem of an entry at once", () => {
    const checked = recordProblems(
      { period: "2035", value: "abc", source: "  ", note: "" },
      { ...ctx, unit: "%" },
    );
    expect(checked.value).toBeNull();
    expect(checked.problems.map((p) => p.field)).toEqual(["period", "value", "source"]);
    const ok = recordProblems(
      { period: "2022", value: "85", source: "市通信管理局", note: "" },
      { ...ctx, unit: "%" },
    );
    expect(ok).toEqual({ value: 85n * ONE, problems: [] });
  });
});

describe("periods", () => {
  it("takes a year or a month", () => {
    expect(parsePeriod("2022")).toEqual({ text: "2022", year: 2022, month: null });
    expect(parsePeriod("2022-06")).toEqual({ text: "2022-06", year: 2022, month: 6 });
    for (const text of ["22", "2022-6", "2022-13", "2022-00", "2022/06", "2022-06-01", "二〇二二"])
      expect(periodProblems(text, ctx), text).toEqual([
        {
          field: "period",
          message: "期间须为年份 YYYY 或月份 YYYY-MM（如 2022 或 2022-06）",
          messageEn: "the period must be a year YYYY or a month YYYY-MM (e.g. 2022 or 2022-06)",
        },
      ]);
  });

  it("refuses the future but takes the running year and month", () => {
    const today = { today: "2022-06-15", planStartYear: 2020 };
    expect(periodProblems("2022", today)).toEqual([]);
    expect(periodProblems("2022-06", today)).toEqual([]);
    expect(periodProblems("2022-07", today)[0]?.message).toBe("不能是未来期间（今天是 2022-06-15）");
    expect(periodProblems("2023", today)[0]?.messageEn).toBe(
      "the period cannot be in the future (today is 2022-06-15)",
    );
  });

  it("refuses periods before the plan and takes those after it", () => {
    expect(periodProblems("2019-12", ctx)[0]?.message).toBe("不能早于规划起始年 2020 年");
    expect(periodProblems("2020-01", ctx)).toEqual([]);
    expect(periodProblems("2026", { today: "2026-11-26", planStartYear: 2020 })).toEqual([]);
  });

  it("knows the last day of a period", () => {
    expect(periodEndDate(period("2022"))).toBe("2022-12-31");
    expect(periodEndDate(period("2020-02"))).toBe("2020-02-29");
    expect(periodEndDate(period("2021-02"))).toBe("2021-02-28");
  });
});

describe("targets", () => {
  it("reads every comparator the plan uses", () => {
    expect(definitions.map((d) => [d.code, targetOf(d).kind])).toEqual([
      ["5G_KEY_AREA_COVERAGE", "at_least_by"],
      ["COMPREHENSIVE_PLATFORMS", "at_least_by"],
      ["SPECIALISED_PLATFORMS", "at_least_by"],
      ["NATIONAL_LABS", "at_least_by"],
      ["BIG_SCIENCE_FACILITIES", "at_least_by"],
      ["SMART_CITY_DEMOS_PER_YEAR", "range_each_year"],
      ["IDENTIFIER_RESOLUTION_NODES", "one_plus_n"],
      ["APPROVAL_SPEEDUP", "at_least_each_period"],
    ]);
    expect(targetOfCode("SMART_CITY_DEMOS_PER_YEAR")).toEqual({
      kind: "range_each_year",
      min: 3n * ONE,
      max: 5n * ONE,
    });
    expect(describeTarget(targetOfCode("5G_KEY_AREA_COVERAGE"), "%", "%")).toEqual({
      zh: "到 2022 年达到 80% 以上",
      en: "at least 80% by 2022",
    });
  });

  it("refuses a target shape the plan never uses rather than guessing", () => {
    expect(() => targetOf({ code: "X", comparator: "<=", target: 5, year: "2022" })).toThrow(
      /unknown target/,
    );
    expect(() => targetOf({ code: "X", comparator: ">=", target: "many", year: "2022" })).toThrow(
      /not a decimal/,
    );
  });

  it("describes every indicator of the plan, and which of them the library counts", () => {
    for (const d of definitions) expect(INDICATOR_MEANINGS[d.code], d.code).toBeDefined();
    const counted = definitions.filter((d) => INDICATOR_MEANINGS[d.code]?.count).map((d) => d.code);
    expect(counted).toEqual(["COMPREHENSIVE_PLATFORMS", "SPECIALISED_PLATFORMS"]);
    const specials = new Set(plan.sectors.flatMap((s) => s.specials.map((x) => x.code)));
    for (const code of counted)
      for (const special of INDICATOR_MEANINGS[code]!.count!.specials)
        expect(specials.has(special), special).toBe(true);
    expect(meaningOf("NEW_ONE", "新指标", "个")).toMatchObject({ en: "新指标", count: null });
  });
});

const at = (target: IndicatorTarget, value: string | null, p: string, today = "2022-12-31") =>
  progressOf(target, value === null ? null : dec(value), period(p), { today, planStartYear: 2020 });

describe("progress: at least a level by a year", () => {
  const coverage = targetOfCode("5G_KEY_AREA_COVERAGE");

  it("is met at the target, with the share of the target", () => {
    expect(at(coverage, "80", "2022")).toMatchObject({ status: "met", percent: "100.0" });
    expect(at(coverage, "92", "2021")).toMatchObject({ status: "met", percent: "115.0" });
  });

  it("keeps to a straight line from the plan's start, compared exactly", () => {
    // End of 2021: 24 of 36 months, so 53.3333… is due.
    const onLine = at(coverage, "53.3334", "2021");
    expect(onLine.status).toBe("on_track");
    expect(onLine.explanation.zh).toBe(
      "按 2020 年初至 2022 年底匀速推进，截至 2021-12 应达 53.3，当前 53.3334",
    );
    expect(at(coverage, "53.3333", "2021").status).toBe("behind");
    // A running year is judged as of today: June 2022 is month 30, so 66.67 is due.
    expect(at(coverage, "66.6667", "2022", "2022-06-15").status).toBe("on_track");
    expect(at(coverage, "66.6666", "2022", "2022-06-15").status).toBe("behind");
  });

  it("rounds the share down, so 100.0 only ever means reached", () => {
    expect(at(coverage, "79.9999", "2022").percent).toBe("99.9");
  });

  it("is behind once the due year has ended without the target", () => {
    const late = at(coverage, "79", "2023", "2023-05-01");
    expect(late.status).toBe("behind");
    expect(late.explanation.en).toBe("the end of 2022 is reached without 80");
    expect(at(coverage, "79.9", "2022-12").explanation.zh).toBe("目标期限 2022 年底已到，未达到 80");
  });

  it("has no data without a value", () => {
    expect(at(coverage, null, "2022")).toEqual({
      status: "no_data",
      percent: null,
      explanation: { zh: "本期暂无数值", en: "no value for the period" },
    });
  });
});

describe("progress: a rate every period", () => {
  const speedup = targetOfCode("APPROVAL_SPEEDUP");
  it("is met or behind in each period on its own", () => {
    expect(at(speedup, "50", "2021-03")).toMatchObject({ status: "met", percent: "100.0" });
    expect(at(speedup, "49.9999", "2021")).toMatchObject({ status: "behind", percent: "99.9" });
  });
});

describe("progress: a count within every year", () => {
  const demos = targetOfCode("SMART_CITY_DEMOS_PER_YEAR");

  it("is met from the lower bound and says so when above the range", () => {
    expect(at(demos, "3", "2021")).toMatchObject({ status: "met", percent: "100.0" });
    const above = at(demos, "6", "2022");
    expect(above.status).toBe("met");
    expect(above.explanation.zh).toBe("2022 年已达 6 个，超过计划区间上限 5");
  });

  it("keeps to a straight line through a running year", () => {
    // June: half of the lower bound, 1.5, is due.
    expect(at(demos, "2", "2022-06").status).toBe("on_track");
    expect(at(demos, "1", "2022-06").status).toBe("behind");
    expect(at(demos, "1", "2022", "2022-03-10").status).toBe("on_track");
  });

  it("is behind for a year that ended short", () => {
    expect(at(demos, "2", "2021")).toMatchObject({ status: "behind", percent: "66.6" });
    expect(at(demos, "2", "2021-12").status).toBe("behind");
  });
});

describe('progress: the "1+N" structure', () => {
  const nodes = targetOfCode("IDENTIFIER_RESOLUTION_NODES");
  it("stands once there is a secondary node; a share means nothing", () => {
    expect(at(nodes, "7", "2022")).toMatchObject({ status: "met", percent: null });
    expect(at(nodes, "0", "2021")).toMatchObject({ status: "behind", percent: null });
  });
});

describe("which recorded value stands", () => {
  const entry = (id: number, p: string, at: string) => ({ id, period: p, enteredAt: new Date(at) });
  const coverage = targetOfCode("5G_KEY_AREA_COVERAGE");
  const demos = targetOfCode("SMART_CITY_DEMOS_PER_YEAR");
  const speedup = targetOfCode("APPROVAL_SPEEDUP");
  const entries = [
    entry(1, "2021", "2022-01-10T00:00:00Z"),
    entry(2, "2022-06", "2022-07-05T00:00:00Z"),
    entry(3, "2022-06", "2022-07-20T00:00:00Z"), // a correction of 2
    entry(4, "2022-12", "2023-01-05T00:00:00Z"),
    entry(5, "2022", "2023-01-04T00:00:00Z"),
  ];
  const pick = (target: IndicatorTarget, p: Period, list = entries) =>
    valueForPeriod(list, p, target)?.id ?? null;

  it("lets a correction win over what it corrects", () => {
    expect(pick(coverage, period("2022-06"))).toBe(3);
  });

  it("takes a year's own entry over its December, which ends at the same time", () => {
    expect(pick(coverage, period("2022"))).toBe(5);
    expect(pick(coverage, period("2022-12"))).toBe(5);
    expect(pick(speedup, period("2022-12"))).toBe(4);
  });

  it("carries a level forward as of the period's end", () => {
    expect(pick(coverage, period("2022-03"))).toBe(1);
    expect(pick(coverage, period("2020"))).toBeNull();
  });

  it("keeps a per-year count within its year", () => {
    expect(pick(demos, period("2022-03"))).toBeNull();
    expect(pick(demos, period("2022-07"))).toBe(3);
    expect(pick(demos, period("2021-06"))).toBeNull();
  });

  it("keeps a per-period rate within the period", () => {
    expect(pick(speedup, period("2022-07"))).toBeNull();
    expect(pick(speedup, period("2022-06"))).toBe(3);
    expect(pick(speedup, period("2022"))).toBe(5);
    expect(pick(speedup, period("2022"), entries.slice(0, 3))).toBe(3);
  });

  it("marks corrected entries as superseded, keeping them", () => {
    expect([...supersededIds(entries)]).toEqual([2]);
  });
});

describe("recorded and computed values", () => {
  it("measures on a recorded value first, then a count over the whole plan, never a partial count", () => {
    expect(standingValue(5n, { value: 9n, wholePlan: true })).toEqual({ basis: "recorded", value: 5n });
    expect(standingValue(null, { value: 9n, wholePlan: true })).toEqual({ basis: "computed", value: 9n });
    expect(standingValue(null, { value: 9n, wholePlan: false })).toEqual({ basis: null, value: null });
    expect(standingValue(null, null)).toEqual({ basis: null, value: null });
  });

  it("counts completions up to the period's end, or today when it is still running", () => {
    const count = INDICATOR_MEANINGS.COMPREHENSIVE_PLATFORMS!.count!;
    expect(countWindow(count, period("2021"), "2022-12-31")).toEqual({ from: null, to: "2021-12-31" });
    expect(countWindow(count, period("2022"), "2022-06-15")).toEqual({ from: null, to: "2022-06-15" });
    expect(countWindow({ ...count, window: "within_year" }, period("2022-06"), "2022-12-31")).toEqual({
      from: "2022-01-01",
      to: "2022-06-30",
    });
  });
});
