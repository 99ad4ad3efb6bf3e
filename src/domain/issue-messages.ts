import type { z } from "zod";

const TYPE_ZH: Record<string, string> = {
  number: "数字",
  string: "文本",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  date: "日期",
  bigint: "整数",
  int: "整数",
};

/** A validation problem put into words for people, in Chinese and English. */
export function describeIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case "invalid_type":
      // Zod leaves `input` out of issues unless asked; its default message still says what arrived.
      if (issue.message?.endsWith("received undefined")) return { zh: "必填", en: "is required" };
      return { zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}`, en: `should be a ${issue.expected}` };
    case "too_small":
      return issue.origin === "string"
        ? {
            zh: `长度不能少于${String(issue.minimum)}个字符`,
            en: `must be at least ${String(issue.minimum)} characters`,
          }
        : { zh: `不能小于${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case "too_big":
      return issue.origin === "string"
        ? {
            zh: `长度不能超过${String(issue.maximum)}个字符`,
            en: `must be at most ${String(issue.maximum)} characters`,
          }
        : { zh: `不能大于${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case "invalid_format":
      return { zh: `格式不正确（${issue.format}）`, en: `has the wrong format (${issue.format})` };
    case "invalid_value":
      return {
        zh: `取值应为：${issue.values.map(String).join("、")}`,
        en: `must be one of: ${issue.values.map(String).join(", ")}`,
      };
    case "unrecognized_keys":
      return { zh: `不认识的字段：${issue.keys.join("、")}`, en: `unknown fields: ${issue.keys.join(", ")}` };
    case "not_multiple_of":
      return {
        zh: `应为${String(issue.divisor)}的整数倍`,
        en: `must be a multiple of ${String(issue.divisor)}`,
      };
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return { zh: "取值无效", en: "is invalid" };
    case "custom":
      return { zh: issue.message ?? "取值无效", en: issue.message ?? "is invalid" };
  }
}
