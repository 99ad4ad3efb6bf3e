import { describe, expect, it } from "vitest";
import { isValidUscc, makeUscc, orgCodeCheckChar, usccCheckChar, usccProblem } from "./uscc.js";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts published codes", () => {
    for (const code of ["91350100M000100Y43", "9144030071526726XG", "91110000802100433B"]) {
      expect(usccProblem(code)).toBeNull();
    }
  });

  it("names the problem with a bad code", () => {
    expect(usccProblem("91350100M000100Y4")).toBe("length");
    expect(usccProblem("91350100M000100Y4I")).toBe("characters");
    expect(usccProblem("9135010OM000100Y43")).toBe("characters");
    expect(usccProblem("91350100M000100Y44")).toBe("checkDigit");
  });

  it("detects every single-character change of a valid code", () => {
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const valid = "91350100M000100Y43";
    for (let i = 0; i < 18; i++) {
      for (const ch of alphabet) {
        if (ch === valid[i]) continue;
        const changed = valid.slice(0, i) + ch + valid.slice(i + 1);
        expect(isValidUscc(changed), changed).toBe(false);
      }
    }
  });

  it("builds codes whose organisation code and check character are both right", () => {
    const code = makeUscc("91", "500112", "MA5U1234");
    expect(code).toHaveLength(18);
    expect(isValidUscc(code)).toBe(true);
    expect(code.slice(2, 8)).toBe("500112");
    expect(code[16]).toBe(orgCodeCheckChar("MA5U1234"));
    expect(code[17]).toBe(usccCheckChar(code.slice(0, 17)));
  });
});
