import { describe, expect, it } from "vitest";
import { reportDeadline } from "./report-deadline.js";

describe("reportDeadline", () => {
  it("counts the days left until the due day of the following month", () => {
    expect(reportDeadline("2021-06", 5, "2021-07-01")).toEqual({
      dueDate: "2021-07-05",
      state: "open",
      days: 4,
    });
    expect(reportDeadline("2021-06", 5, "2021-06-20").days).toBe(15);
  });

  it("says when the report is due today", () => {
    expect(reportDeadline("2021-06", 5, "2021-07-05")).toEqual({
      dueDate: "2021-07-05",
      state: "today",
      days: 0,
    });
  });

  it("counts the days overdue", () => {
    expect(reportDeadline("2021-06", 5, "2021-07-09")).toEqual({
      dueDate: "2021-07-05",
      state: "overdue",
      days: 4,
    });
  });

  it("rolls December's deadline into January and pads the configured day", () => {
    expect(reportDeadline("2021-12", 10, "2021-12-31")).toEqual({
      dueDate: "2022-01-10",
      state: "open",
      days: 10,
    });
  });
});

describe("reportDeadline once reported", () => {
  it("says the month was reported on time up to and including the due day", () => {
    expect(reportDeadline("2021-06", 5, "2021-08-01", "2021-07-05")).toEqual({
      dueDate: "2021-07-05",
      state: "onTime",
      days: 0,
    });
  });

  it("counts how late the first version came, whatever today is", () => {
    expect(reportDeadline("2021-06", 5, "2021-12-01", "2021-07-08")).toEqual({
      dueDate: "2021-07-05",
      state: "late",
      days: 3,
    });
  });
});
