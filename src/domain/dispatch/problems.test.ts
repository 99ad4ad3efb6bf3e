import { describe, expect, it } from "vitest";
import {
  addDays,
  autoEscalation,
  daysBetween,
  escalation,
  highestTierOf,
  mayPlaceAt,
  mayResolve,
  nextTier,
  overdueOf,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  statusChangeReason,
  statusChangeRefusal,
  statusTextRequired,
} from "./problems.js";

describe("coordination problems: tiers", () => {
  it("climbs owner → district → department → city and stops at the city", () => {
    expect(nextTier("owner")).toBe("district");
    expect(nextTier("district")).toBe("department");
    expect(nextTier("department")).toBe("city");
    expect(nextTier("city")).toBeNull();
  });

  it("labels every category in Chinese and English", () => {
    expect(PROBLEM_CATEGORIES.map((c) => PROBLEM_CATEGORY_LABELS[c].zh)).toEqual([
      "用地",
      "用电",
      "资金",
      "审批",
      "数据",
      "征地拆迁",
      "其他",
    ]);
    expect(PROBLEM_CATEGORY_LABELS.demolition.en).toBe("Land acquisition and demolition");
  });

  it("lets a raiser place a problem at its own tier or below, the city anywhere, bank and auditor nowhere", () => {
    expect(highestTierOf(["owner", "district"])).toBe("district");
    expect(highestTierOf(["bank", "auditor"])).toBeNull();
    expect(mayPlaceAt(["district"], "owner")).toBe(true);
    expect(mayPlaceAt(["district"], "district")).toBe(true);
    expect(mayPlaceAt(["district"], "department")).toBe(false);
    expect(mayPlaceAt(["city_admin"], "city")).toBe(true);
    expect(mayPlaceAt(["bank"], "owner")).toBe(false);
  });

  it("lets the city resolve at any tier and others only at their own", () => {
    expect(mayResolve(["city_admin"], "owner")).toBe(true);
    expect(mayResolve(["district"], "district")).toBe(true);
    expect(mayResolve(["district"], "owner")).toBe(false);
    expect(mayResolve(["department"], "city")).toBe(false);
    expect(mayResolve(["owner"], "owner")).toBe(true);
    expect(mayResolve(["auditor"], "owner")).toBe(false);
  });
});

describe("coordination problems: dates and overdue", () => {
  it("counts calendar days across months and leap years", () => {
    expect(addDays("2022-12-25", 10)).toBe("2023-01-04");
    expect(addDays("2020-02-25", 5)).toBe("2020-03-01");
    expect(daysBetween("2022-12-01", "2022-12-31")).toBe(30);
    expect(daysBetween("2023-01-04", "2022-12-25")).toBe(-10);
  });

  it("is overdue only when unresolved and due before today, with the days past due", () => {
    expect(overdueOf({ status: "open", dueDate: "2022-12-31" }, "2022-12-31")).toEqual({
      overdue: false,
      daysOverdue: 0,
    });
    expect(overdueOf({ status: "in_progress", dueDate: "2022-12-20" }, "2022-12-31")).toEqual({
      overdue: true,
      daysOverdue: 11,
    });
    expect(overdueOf({ status: "resolved", dueDate: "2022-01-01" }, "2022-12-31").overdue).toBe(false);
  });
});

describe("coordination problems: escalation", () => {
  it("escalates by hand one tier up with a due date ten days on, or the one given", () => {
    const up = escalation({ status: "open", tier: "district" }, "2022-12-31");
    expect(up).toMatchObject({ ok: true, tier: "department", fromTier: "district", dueDate: "2023-01-10" });
    expect(up.reason.zh).toBe("由区县提级至行业主管部门协调，办结期限 2023-01-10");
    expect(escalation({ status: "open", tier: "owner" }, "2022-12-31", "2023-02-01")).toMatchObject({
      tier: "district",
      dueDate: "2023-02-01",
    });
  });

  it("refuses to escalate past the city or a resolved problem, saying why", () => {
    expect(escalation({ status: "in_progress", tier: "city" }, "2022-12-31")).toMatchObject({
      ok: false,
      code: "top_tier",
    });
    const resolved = escalation({ status: "resolved", tier: "owner" }, "2022-12-31");
    expect(resolved).toMatchObject({ ok: false, code: "resolved" });
    expect(resolved.reason.en).toContain("resolved");
  });

  it("escalates an overdue problem automatically with a new due date and the reason in words", () => {
    const change = autoEscalation({ status: "open", tier: "owner", dueDate: "2022-12-20" }, "2022-12-31");
    expect(change).toMatchObject({ tier: "district", fromTier: "owner", dueDate: "2023-01-10" });
    expect(change?.reason.zh).toBe(
      "超过办结期限 2022-12-20 已 11 天未解决，自动由业主提级至区县协调，新的办结期限 2023-01-10",
    );
    expect(change?.reason.en).toContain("11 days past its due date 2022-12-20");
    expect(
      autoEscalation({ status: "open", tier: "owner", dueDate: "2022-12-20" }, "2022-12-31", 5)?.dueDate,
    ).toBe("2023-01-05");
  });

  it("leaves problems that are not overdue, resolved, or already at the city", () => {
    expect(autoEscalation({ status: "open", tier: "owner", dueDate: "2022-12-31" }, "2022-12-31")).toBeNull();
    expect(
      autoEscalation({ status: "resolved", tier: "owner", dueDate: "2022-01-01" }, "2022-12-31"),
    ).toBeNull();
    expect(autoEscalation({ status: "open", tier: "city", dueDate: "2022-01-01" }, "2022-12-31")).toBeNull();
  });
});

describe("coordination problems: status", () => {
  it("allows start, resolve and reopen, refusing a move to the same status", () => {
    expect(statusChangeRefusal("open", "in_progress")).toBeNull();
    expect(statusChangeRefusal("open", "resolved")).toBeNull();
    expect(statusChangeRefusal("resolved", "in_progress")).toBeNull();
    expect(statusChangeRefusal("resolved", "resolved")).toMatchObject({ code: "same_status" });
    expect(statusChangeReason("resolved", "in_progress").zh).toBe("问题重新打开，继续处理");
  });

  it("needs the result to resolve and a reason to reopen", () => {
    expect(statusTextRequired("in_progress", "resolved")?.zh).toBe("解决问题须填写办理结果");
    expect(statusTextRequired("resolved", "in_progress")?.en).toBe("reopening needs a reason");
    expect(statusTextRequired("open", "in_progress")).toBeNull();
  });
});
