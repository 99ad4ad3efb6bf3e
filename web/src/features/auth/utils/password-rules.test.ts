import { describe, expect, it } from "vitest";
import { passwordProblems } from "../../../../../src/domain/password-policy.js";
import { checkPasswordRules, passwordFieldOf } from "./password-rules.js";

const unmet = (password: string, username = "yubei") =>
  checkPasswordRules(password, username)
    .filter((check) => !check.met)
    .map((check) => check.rule);

describe("checkPasswordRules", () => {
  it("names each rule a password breaks", () => {
    expect(unmet("")).toEqual(["length", "classes", "username"]);
    expect(unmet("abcdefgh")).toEqual(["classes"]);
    expect(unmet("Ab1!")).toEqual(["length"]);
    expect(unmet("Yubei@2020x")).toEqual(["username"]);
    expect(unmet("Cq@NewInfra2021")).toEqual([]);
  });

  it("agrees with the server's policy on whether a password passes", () => {
    for (const password of [
      "Cq@NewInfra2021",
      "password",
      "Passw0rd",
      "短密码Ab1",
      "yubeiYUBEI1!",
      "AAAA1111",
    ]) {
      const passes = unmet(password).length === 0;
      expect(passes, password).toBe(passwordProblems(password, "yubei").length === 0);
    }
  });
});

describe("passwordFieldOf", () => {
  const refusal = (field?: string) => ({
    body: { code: "x", message: "x", messageEn: "x", ...(field ? { field } : {}) },
  });

  it("puts each refusal under its field", () => {
    expect(passwordFieldOf(refusal("currentPassword"))).toBe("currentPassword");
    expect(passwordFieldOf(refusal("password"))).toBe("newPassword");
    expect(passwordFieldOf(refusal("newPassword"))).toBe("newPassword");
    expect(passwordFieldOf(refusal())).toBeNull();
    expect(passwordFieldOf({ body: null })).toBeNull();
  });
});
