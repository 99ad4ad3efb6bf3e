import { describe, expect, it } from "vitest";
import { displayWidth, textTable } from "./text-table.js";

describe("textTable", () => {
  it("counts Chinese characters as two columns so columns line up", () => {
    expect(displayWidth("基础网络")).toBe(8);
    expect(displayWidth("NET-1")).toBe(5);
    const lines = textTable(
      ["代码", "名称", "数"],
      [
        ["NET-1", "基础网络设施", "4"],
        ["X", "安全", "22"],
      ],
      new Set([2]),
    ).split("\n");
    expect(lines.map(displayWidth)).toEqual([23, 23, 23, 23]);
    expect(lines[2]).toBe("NET-1  基础网络设施   4");
    expect(lines[3]).toBe("X      安全          22");
  });
});
