import { describe, expect, it } from "vitest";
import { projectCodeProblem } from "./project-code.js";

const chongqing = new Set(["500112", "500101"]);

describe("投资项目代码", () => {
  it("accepts a well-formed code whose area is known or provincial", () => {
    expect(projectCodeProblem("2020-500112-65-01-123456", chongqing)).toBeNull();
    expect(projectCodeProblem("2021-500000-64-03-000001", chongqing)).toBeNull();
    expect(projectCodeProblem("2019-110000-63-02-000777", chongqing)).toBeNull();
  });

  it("names what is wrong", () => {
    expect(projectCodeProblem("2020-500112-65-01-12345", chongqing)).toBe("shape");
    expect(projectCodeProblem("2020500112650112345 6", chongqing)).toBe("shape");
    expect(projectCodeProblem("１９２０-500112-65-01-123456", chongqing)).toBe("shape");
    expect(projectCodeProblem("1999-500112-65-01-123456", chongqing)).toBe("year");
    expect(projectCodeProblem("2020-500199-65-01-123456", chongqing)).toBe("area");
    expect(projectCodeProblem("2020-990000-65-01-123456", chongqing)).toBe("area");
    expect(projectCodeProblem("2020-500112-65-04-123456", chongqing)).toBe("type");
  });
});
