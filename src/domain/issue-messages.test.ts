import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeIssue } from "./issue-messages.js";

const firstIssue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return describeIssue(result.error.issues[0]!);
};

describe("describeIssue", () => {
  it("tells a missing value from a wrong one", () => {
    expect(firstIssue(z.object({ a: z.number() }), {})).toEqual({ zh: "必填", en: "is required" });
    expect(firstIssue(z.coerce.number(), "abc")).toEqual({ zh: "应为数字", en: "should be a number" });
  });

  it("gives bounds and choices in both languages", () => {
    expect(firstIssue(z.string().max(3), "abcd")).toEqual({
      zh: "长度不能超过3个字符",
      en: "must be at most 3 characters",
    });
    expect(firstIssue(z.number().min(1), 0)).toEqual({ zh: "不能小于1", en: "must be at least 1" });
    expect(firstIssue(z.enum(["a", "b"]), "c")).toEqual({ zh: "取值应为：a、b", en: "must be one of: a, b" });
    expect(firstIssue(z.string().regex(/^\d+$/), "x").en).toMatch(/wrong format/);
  });
});
