import { describe, expect, it } from "vitest";
import type { Report } from "../../../../../src/domain/contracts/report.js";
import { formValuesToReportInput, prefillFields, versionsOf } from "./report-form-values.js";

let nextId = 1;
const report = (
  month: string,
  version: number,
  current: boolean,
  progressPct: number,
  investedFen = "0",
): Report => ({
  id: nextId++,
  month,
  version,
  current,
  investedFen,
  progressPct,
  progressText: `${month} v${version}`,
  milestones: "",
  problems: null,
  status: "submitted",
  submittedAt: "2021-07-01T02:00:00Z",
  reviews: [],
});

const reports = [
  report("2021-05", 1, true, 40),
  report("2021-06", 1, false, 50, "1000000"),
  report("2021-06", 2, true, 55, "12345678"),
];

describe("prefillFields", () => {
  it("starts a correction from the month's current version, amount in 万元", () => {
    expect(prefillFields(reports, "2021-06")).toEqual({
      investedWan: "12.345678",
      progressPct: 55,
      progressText: "2021-06 v2",
      milestones: "",
      problems: "",
    });
  });

  it("starts a new month from the latest earlier progress with an empty amount", () => {
    expect(prefillFields(reports, "2021-07")).toMatchObject({
      investedWan: "",
      progressPct: 55,
      progressText: "2021-06 v2",
    });
    expect(prefillFields([], "2021-07")).toMatchObject({ investedWan: "", progressPct: null });
  });
});

describe("versionsOf", () => {
  it("lists a month's versions newest first", () => {
    expect(versionsOf(reports, "2021-06").map((r) => r.version)).toEqual([2, 1]);
  });
});

describe("formValuesToReportInput", () => {
  it("sends the amount as integer fen and blank problems as null", () => {
    expect(
      formValuesToReportInput({
        month: "2021-06",
        investedWan: " 1,234.56 ",
        progressPct: 60,
        progressText: "  主体完工 ",
        problems: "  ",
      }),
    ).toEqual({
      month: "2021-06",
      investedFen: "1234560000",
      progressPct: 60,
      progressText: "主体完工",
      milestones: "",
      problems: null,
    });
  });

  it("keeps a sub-fen-exact amount exact where a float would not", () => {
    expect(
      formValuesToReportInput({ month: "2021-06", investedWan: "0.000001", progressPct: 1 }).investedFen,
    ).toBe("1");
    expect(
      formValuesToReportInput({ month: "2021-06", investedWan: "90071992547.409931", progressPct: 1 })
        .investedFen,
    ).toBe("90071992547409931");
  });
});
