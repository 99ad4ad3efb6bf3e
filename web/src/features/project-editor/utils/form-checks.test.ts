import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../lib/api-client.js";
import { formTotals } from "./form-totals.js";
import { serverFieldPath } from "./server-field-path.js";
import { splitServerErrors } from "./server-errors.js";

describe("serverFieldPath", () => {
  it("maps the server's field names onto the form's fields", () => {
    expect(serverFieldPath("name")).toEqual(["name"]);
    expect(serverFieldPath("specialCode")).toEqual(["specialPath"]);
    expect(serverFieldPath("totalInvestmentFen")).toEqual(["totalInvestmentWan"]);
    expect(serverFieldPath("funding.0.source")).toEqual(["funding", 0, "source"]);
    expect(serverFieldPath("funding.2.securedFen")).toEqual(["funding", 2, "securedWan"]);
    expect(serverFieldPath("annualPlans.1.year")).toEqual(["annualPlans", 1, "year"]);
    expect(serverFieldPath("funding.3")).toEqual(["funding", 3, "plannedWan"]);
  });

  it("leaves sums and unknown names for the top of the form", () => {
    expect(serverFieldPath("funding")).toBeNull();
    expect(serverFieldPath("version")).toBeNull();
    expect(serverFieldPath("funding.x.source")).toBeNull();
    expect(serverFieldPath("funding.0.colour")).toBeNull();
  });
});

describe("splitServerErrors", () => {
  const error = new ApiRequestError("http", 400, {
    code: "invalid_field",
    message: "输入有误",
    messageEn: "Invalid input",
    details: [
      {
        field: "funding.0.source",
        message: "资金来源“x”不在目录中",
        messageEn: 'funding source "x" is not in the list',
      },
      {
        field: "annualPlans",
        message: "年度计划投资合计超过总投资",
        messageEn: "the annual plans add up to more",
      },
    ],
  });

  it("puts field problems on their fields and the rest above the form, in the chosen language", () => {
    expect(splitServerErrors(error, "en")).toEqual({
      fields: [{ path: ["funding", 0, "source"], message: 'funding source "x" is not in the list' }],
      general: ["the annual plans add up to more"],
    });
  });

  it("shows a failure without details as one message", () => {
    const forbidden = new ApiRequestError("http", 403, {
      code: "forbidden",
      message: "无权修改",
      messageEn: "Not allowed",
    });
    expect(splitServerErrors(forbidden, "zh")).toEqual({ fields: [], general: ["无权修改"] });
  });
});

describe("formTotals", () => {
  it("compares funding and annual plans with the total in exact fen", () => {
    const totals = formTotals({
      totalInvestmentWan: "100",
      funding: [
        { plannedWan: "60.000001", securedWan: "10" },
        { plannedWan: "40", securedWan: "bad" },
      ],
      annualPlans: [{ plannedWan: "30" }, { plannedWan: "70" }],
    });
    expect(totals.fundingPlannedFen).toBe(100_000_001n);
    expect(totals.fundingSecuredFen).toBe(10_000_000n);
    expect(totals.funding).toBe("over");
    expect(totals.annual).toBe("equal");
  });

  it("has nothing to compare without lines", () => {
    const totals = formTotals({ totalInvestmentWan: "5" });
    expect(totals.funding).toBe("none");
    expect(totals.annual).toBe("none");
  });
});
