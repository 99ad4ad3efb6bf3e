import { describe, expect, it } from "vitest";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { countByStatus, formToRules, rulesToForm, securedShare } from "./whitelist-view.js";

describe("rules form", () => {
  it("shows the threshold in 万元 and sends it back in exact fen", () => {
    const rules = {
      stages: ["new_start" as const],
      levels: ["national" as const],
      minGapFen: "1",
      excludeRed: true,
    };
    const form = rulesToForm(rules);
    expect(form.minGapWan).toBe("0.000001");
    expect(formToRules(form)).toEqual(rules);
    expect(formToRules({ ...form, minGapWan: "1500.5" })?.minGapFen).toBe("1500500000");
    expect(formToRules({ ...form, minGapWan: "0.0000001" })).toBeNull();
    expect(formToRules({ ...form, minGapWan: "-1" })).toBeNull();
  });
});

describe("securedShare", () => {
  it("rounds half up to one decimal without floats", () => {
    expect(securedShare("1", "3")).toBe("33.3%");
    expect(securedShare("2", "3")).toBe("66.7%");
    expect(securedShare("9999999999999999", "9999999999999999")).toBe("100.0%");
    expect(securedShare("0", "0")).toBe("—");
  });
});

describe("countByStatus", () => {
  it("counts every status", () => {
    const entries = [
      { status: "candidate" },
      { status: "published" },
      { status: "candidate" },
    ] as WhitelistEntry[];
    expect(countByStatus(entries)).toEqual({ candidate: 2, confirmed: 0, published: 1, removed: 0 });
  });
});
