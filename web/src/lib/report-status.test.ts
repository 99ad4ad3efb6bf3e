import { describe, expect, it } from "vitest";
import { displayReportStatus, reportStatusKey } from "./report-status.js";

describe("displayReportStatus", () => {
  it("shows a submitted report one reviewer accepted as partly accepted", () => {
    expect(displayReportStatus("submitted", [])).toBe("submitted");
    expect(displayReportStatus("submitted", [{ decision: "accepted" }])).toBe("partly_accepted");
    expect(displayReportStatus("accepted", [{ decision: "accepted" }, { decision: "accepted" }])).toBe(
      "accepted",
    );
    expect(displayReportStatus("returned", [{ decision: "accepted" }, { decision: "returned" }])).toBe(
      "returned",
    );
  });

  it("words an unknown status as pending", () => {
    expect(reportStatusKey("partly_accepted")).toBe("reportStatus.partlyAccepted");
    expect(reportStatusKey("something_new")).toBe("reportStatus.submitted");
  });
});
