import { describe, expect, it } from "vitest";
import {
  approvalApiQuery,
  parseApprovalFilters,
  serializeApprovalFilters,
  summaryPeriod,
} from "./approval-filters.js";

describe("the board's filters in the URL", () => {
  it("opens on the open items and reads known values only", () => {
    expect(parseApprovalFilters(new URLSearchParams())).toEqual({ status: "open" });
    const parsed = parseApprovalFilters(
      new URLSearchParams("status=open_overdue&kind=eia&body=渝北区生态环境局&district=500112&overdue=true"),
    );
    expect(parsed).toEqual({
      status: "open_overdue",
      kind: "eia",
      body: "渝北区生态环境局",
      district: "500112",
      overdue: "true",
    });
    expect(
      parseApprovalFilters(
        new URLSearchParams("status=late&kind=permit&district=yubei&overdue=yes&body=%20"),
      ),
    ).toEqual({ status: "open" });
  });

  it("writes back only what differs from the default, keeping the summary's period", () => {
    const params = serializeApprovalFilters(
      { status: "all", kind: "filing" },
      new URLSearchParams("from=2022-01-01&to=2022-06-30&kind=eia"),
    );
    expect(params.toString()).toBe("from=2022-01-01&to=2022-06-30&status=all&kind=filing");
    expect(serializeApprovalFilters({ status: "open" }).toString()).toBe("");
  });

  it("sends no status for all statuses", () => {
    expect(approvalApiQuery({ status: "all", district: "500112" })).toEqual({
      status: undefined,
      kind: undefined,
      body: undefined,
      district: "500112",
      overdue: undefined,
    });
  });
});

describe("the summary's period", () => {
  it("defaults to this year up to today, and takes a period given in order", () => {
    expect(summaryPeriod(new URLSearchParams(), "2022-12-31")).toEqual({
      from: "2022-01-01",
      to: "2022-12-31",
    });
    expect(summaryPeriod(new URLSearchParams("from=2021-01-01&to=2021-06-30"), "2022-12-31")).toEqual({
      from: "2021-01-01",
      to: "2021-06-30",
    });
    expect(summaryPeriod(new URLSearchParams("from=2021-07-01&to=2021-06-30"), "2022-12-31")).toEqual({
      from: "2022-01-01",
      to: "2022-12-31",
    });
  });
});
