import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy.js";

const messages = (password: string, username = "yubei") =>
  passwordProblems(password, username).map((p) => p.messageEn);

describe("password policy", () => {
  it("accepts 8+ characters with three of four classes and no username", () => {
    expect(messages("Abcdefg1")).toEqual([]);
    expect(messages("abcdef1!")).toEqual([]);
    expect(messages("渝北Abc123")).toEqual([]);
  });

  it("names every broken rule, in both languages", () => {
    expect(messages("Ab1!")).toEqual(["must be at least 8 characters"]);
    expect(messages("abcdefgh")).toEqual([
      "must contain at least three of: lower-case letters, upper-case letters, digits, symbols",
    ]);
    expect(messages("xYubei12!", "yubei")).toEqual(["must not contain the username"]);
    expect(passwordProblems("short", "u").map((p) => p.message)).toEqual([
      "密码至少8个字符",
      "密码须包含小写字母、大写字母、数字、符号中的至少三类",
    ]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(messages("😀😀😀Ab1")).toEqual(["must be at least 8 characters"]);
  });
});
