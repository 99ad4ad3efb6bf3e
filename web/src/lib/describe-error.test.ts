import { describe, expect, it } from "vitest";
import { ApiRequestError } from "./api-client.js";
import { fieldErrorsOf } from "./describe-error.js";

describe("fieldErrorsOf", () => {
  const refused = new ApiRequestError("http", 400, {
    code: "invalid_fields",
    message: "输入有误",
    messageEn: "Invalid input",
    details: [{ field: "dueDate", message: "日期无效", messageEn: "not a date" }],
  });

  it("puts each named problem on its field, in the interface language", () => {
    expect(fieldErrorsOf(refused, "zh")).toEqual([{ name: "dueDate", errors: ["日期无效"] }]);
    expect(fieldErrorsOf(refused, "en")).toEqual([{ name: "dueDate", errors: ["not a date"] }]);
  });

  it("names no field for a network failure or an answer without details", () => {
    expect(fieldErrorsOf(new Error("offline"), "zh")).toEqual([]);
    expect(
      fieldErrorsOf(
        new ApiRequestError("http", 403, { code: "forbidden", message: "无权", messageEn: "no" }),
        "en",
      ),
    ).toEqual([]);
  });
});
