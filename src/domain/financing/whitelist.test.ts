import { describe, expect, it } from "vitest";
import { fen } from "../money.js";
import {
  actionRefusal,
  assessForWhitelist,
  creditDecisionProblem,
  DEFAULT_WHITELIST_RULES,
  previousMonth,
  redWarning,
  type MonthWarning,
  type WhitelistProject,
} from "./whitelist.js";

const quiet: MonthWarning = {
  month: "2022-11",
  baseLevel: "green",
  reportDue: true,
  reported: true,
  deadline: "2022-12-05",
  deadlinePassed: true,
};

/** A project meeting every default rule: under construction, municipal, 10 亿元 with 6 亿元 secured. */
const project = (over: Partial<WhitelistProject> = {}): WhitelistProject => ({
  stage: "under_construction",
  level: "municipal",
  totalInvestmentFen: fen(100_000_000_000n),
  securedFen: fen(60_000_000_000n),
  month: "2022-11",
  warning: quiet,
  ...over,
});

const outcome = (p: WhitelistProject, rules = DEFAULT_WHITELIST_RULES) => {
  const a = assessForWhitelist(p, rules);
  return Object.fromEntries(a.reasons.map((r) => [r.rule, r.met]));
};

describe("assessForWhitelist", () => {
  it("takes a project meeting every rule, with the gap exact in fen and each reason in words", () => {
    const a = assessForWhitelist(project({ securedFen: fen(60_000_000_001n) }), DEFAULT_WHITELIST_RULES);
    expect(a.eligible).toBe(true);
    expect(a.gapFen).toBe(39_999_999_999n);
    expect(a.reasons.map((r) => r.zh)).toEqual([
      "阶段为“在建”，属于规则所列阶段（新开工、在建）",
      "融资缺口 399,999,999.99 元（总投资 1,000,000,000.00 元 − 已落实 600,000,000.01 元），大于门槛 0.01 元",
      "2022-11 无红色预警",
      "级别为“市级”，属于规则所列级别（国家级、市级）",
    ]);
    expect(a.reasons[1]!.en).toBe(
      "financing gap CNY 399,999,999.99 (total CNY 1,000,000,000.00 less secured CNY 600,000,000.01) is above the threshold of CNY 0.01",
    );
    expect(a.reasons[1]!.figures).toEqual({
      gapFen: "39999999999",
      totalInvestmentFen: "100000000000",
      securedFen: "60000000001",
      minGapFen: "1",
    });
  });

  it("refuses a stage not in the list", () => {
    const a = assessForWhitelist(project({ stage: "reserve" }), DEFAULT_WHITELIST_RULES);
    expect(a.eligible).toBe(false);
    expect(a.reasons[0]).toMatchObject({
      rule: "stage",
      met: false,
      zh: "阶段为“申报储备”，不在规则所列阶段（新开工、在建）内",
      en: "stage is Reserve, not one of the rule's stages (New start, Under construction)",
    });
  });

  it("wants the gap strictly above the threshold", () => {
    const rules = { ...DEFAULT_WHITELIST_RULES, minGapFen: fen(1_000n) };
    const at = (securedFen: bigint) => outcome(project({ securedFen: fen(securedFen) }), rules).gap;
    expect(at(100_000_000_000n - 1_001n)).toBe(true);
    expect(at(100_000_000_000n - 1_000n)).toBe(false);
    expect(at(100_000_000_000n)).toBe(false);
    const full = assessForWhitelist(project({ securedFen: fen(100_000_000_000n) }), DEFAULT_WHITELIST_RULES);
    expect(full.gapFen).toBe(0n);
    expect(full.reasons[1]!.zh).toContain("未超过门槛 0.01 元");
  });

  it("refuses a red month: a red warning, or a due report missing past its deadline", () => {
    const red = assessForWhitelist(
      project({ warning: { ...quiet, baseLevel: "red" } }),
      DEFAULT_WHITELIST_RULES,
    );
    expect(red.eligible).toBe(false);
    expect(red.reasons[2]).toMatchObject({ met: false, zh: "2022-11 为红色预警：调度预警为红色" });
    const missing = assessForWhitelist(
      project({ warning: { ...quiet, reported: false } }),
      DEFAULT_WHITELIST_RULES,
    );
    expect(missing.reasons[2]).toMatchObject({
      met: false,
      zh: "2022-11 为红色预警：月报逾期未报（应于 2022-12-05 前报送）",
    });
    expect(outcome(project({ warning: { ...quiet, reported: false, deadlinePassed: false } })).warning).toBe(
      true,
    );
    expect(outcome(project({ warning: { ...quiet, reported: false, reportDue: false } })).warning).toBe(true);
    expect(outcome(project({ warning: { ...quiet, baseLevel: "yellow" } })).warning).toBe(true);
  });

  it("keeps red projects when the rules do not exclude them, and reads a missing month as not red", () => {
    const rules = { ...DEFAULT_WHITELIST_RULES, excludeRed: false };
    const red = assessForWhitelist(project({ warning: { ...quiet, baseLevel: "red" } }), rules);
    expect(red.eligible).toBe(true);
    expect(red.reasons[2]!.zh).toBe("规则未要求排除红色预警项目");
    expect(outcome(project({ warning: null })).warning).toBe(true);
    expect(
      assessForWhitelist(project({ month: null, warning: null }), DEFAULT_WHITELIST_RULES).reasons[2]!.zh,
    ).toBe("尚无已结束的调度月份，不视为红色预警");
  });

  it("refuses a level not in the list", () => {
    const a = assessForWhitelist(project({ level: "district" }), DEFAULT_WHITELIST_RULES);
    expect(a.eligible).toBe(false);
    expect(a.reasons[3]).toMatchObject({
      met: false,
      zh: "级别为“区县级”，不在规则所列级别（国家级、市级）内",
    });
  });

  it("names every rule that fails, not only the first", () => {
    const a = assessForWhitelist(
      project({ stage: "completed", level: "district", securedFen: fen(100_000_000_000n) }),
      DEFAULT_WHITELIST_RULES,
    );
    expect(a.reasons.filter((r) => !r.met).map((r) => r.rule)).toEqual(["stage", "gap", "level"]);
  });
});

describe("redWarning", () => {
  it("is null for a quiet month", () => expect(redWarning(quiet)).toBeNull());
});

describe("previousMonth", () => {
  it("steps back across a year", () => {
    expect(previousMonth("2022-12")).toBe("2022-11");
    expect(previousMonth("2023-01")).toBe("2022-12");
  });
});

describe("entry actions", () => {
  it("confirms candidates, publishes confirmed entries, removes any live one", () => {
    expect(actionRefusal("candidate", "confirm")).toBeNull();
    expect(actionRefusal("confirmed", "publish")).toBeNull();
    expect(actionRefusal("published", "remove")).toBeNull();
    expect(actionRefusal("candidate", "publish")?.zh).toBe("“候选”状态的名单项不能发布（仅限已确认）");
    expect(actionRefusal("removed", "remove")?.en).toBe(
      "a removed entry cannot be removed (only a candidate or confirmed or published one)",
    );
  });
});

describe("creditDecisionProblem", () => {
  it("wants an amount to approve and none to decline", () => {
    expect(creditDecisionProblem("approved", fen(0n))?.field).toBe("amountFen");
    expect(creditDecisionProblem("approved", fen(1n))).toBeNull();
    expect(creditDecisionProblem("declined", fen(5n))?.field).toBe("amountFen");
    expect(creditDecisionProblem("in_review", fen(0n))).toBeNull();
  });
});
