import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clauseTermsSchema } from "../../../../../src/domain/incentives/terms.js";
import { evidenceOfFile, formatBytes } from "./evidence-file.js";
import { formToTerms, percentToRate, rateToPercent, termsToForm } from "./terms-form.js";
import { termsSummary } from "./terms-summary.js";
import { formatYuan, isYuanInput, yuanInputToFen } from "./yuan-amount.js";

const p16 = clauseTermsSchema.parse({
  kind: "reward",
  base: "project_investment",
  rate: "0.2",
  rateIsMaximum: true,
  capByLevelFen: { national: "1000000000", municipal_pilot: "500000000" },
  capPerItemFen: null,
  cumulativeCapPerApplicantFen: null,
  capPerYearFen: null,
  eligibility: "any",
});

describe("amounts in 元", () => {
  it("reads amounts typed to the fen and refuses finer ones", () => {
    expect(yuanInputToFen("12,345.67")).toBe("1234567");
    expect(yuanInputToFen(" 100 ")).toBe("10000");
    expect(yuanInputToFen("0.005")).toBeNull();
    expect(isYuanInput("1e5")).toBe(false);
    expect(formatYuan("1234567")).toBe("12,345.67");
  });
});

describe("clause terms in the editor", () => {
  it("turns rates into percentages and back exactly", () => {
    expect(percentToRate("20")).toBe("0.2");
    expect(percentToRate("12.5")).toBe("0.125");
    expect(percentToRate("5")).toBe("0.05");
    expect(percentToRate("100")).toBe("1");
    expect(percentToRate("abc")).toBeNull();
    expect(rateToPercent("0.05")).toBe("5");
    expect(rateToPercent("0.125")).toBe("12.5");
  });

  it("round-trips a clause's terms through the form (caps in 万元)", () => {
    const form = termsToForm(p16);
    expect(form).toMatchObject({ ratePct: "20", capNationalWan: "1000", capPilotWan: "500" });
    expect(clauseTermsSchema.parse(formToTerms(form))).toEqual(p16);
    const raised = formToTerms({ ...form, capNationalWan: "1200.5", capPilotWan: "" });
    expect(raised).toMatchObject({ capByLevelFen: { national: "1200500000" } });
  });

  it("summarises terms in both languages", () => {
    expect(termsSummary(p16).map((s) => s.zh)).toEqual([
      "按项目投资额不超过20%",
      "国家级≤1,000万元",
      "市级试点示范≤500万元",
    ]);
    expect(termsSummary(p16)[1]!.en).toBe("national ≤ CNY 10,000,000.00");
  });
});

describe("evidence metadata", () => {
  it("takes a file's name, size and SHA-256 without sending it", async () => {
    const file = Object.assign(new Blob(["发票内容"]), { name: "发票.pdf" });
    const meta = await evidenceOfFile(file, "invoice");
    expect(meta).toEqual({
      name: "发票.pdf",
      kind: "invoice",
      size: Buffer.byteLength("发票内容"),
      sha256: createHash("sha256").update("发票内容").digest("hex"),
    });
    expect(formatBytes(532)).toBe("532 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
  });
});
