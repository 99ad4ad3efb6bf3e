import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../lib/api-client.js";
import { preconditionFailures } from "./precondition-failures.js";

const refused = new ApiRequestError("http", 409, {
  code: "precondition_failed",
  message: "不能转为该阶段",
  messageEn: "The move is not possible",
  details: [
    {
      field: "plannedStart",
      message: "申报储备须填写计划开工日期",
      messageEn: "entering the reserve needs the planned start",
    },
    { field: "reason", message: "须说明原因", messageEn: "a reason is required" },
  ],
});

describe("preconditionFailures", () => {
  it("lists every failed precondition in the chosen language, marking the dialog's own fields", () => {
    expect(preconditionFailures(refused, "en")).toEqual([
      { field: "plannedStart", message: "entering the reserve needs the planned start", dialogField: null },
      { field: "reason", message: "a reason is required", dialogField: "reason" },
    ]);
    expect(preconditionFailures(refused, "zh")?.[0]?.message).toBe("申报储备须填写计划开工日期");
  });

  it("is null for any other failure", () => {
    expect(preconditionFailures(new ApiRequestError("http", 409, null), "zh")).toBeNull();
    expect(preconditionFailures(new Error("x"), "zh")).toBeNull();
  });
});
