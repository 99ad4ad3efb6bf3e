import { describe, expect, it } from "vitest";
import { currentCursor, popCursor, pushCursor, readCursorStack } from "./cursor-stack.js";

describe("cursor stack", () => {
  it("starts on the first page when history has no usable state", () => {
    for (const state of [null, undefined, "x", {}, { cursors: "a" }, { cursors: [1] }, { idx: 3 }]) {
      expect(readCursorStack(state)).toEqual([]);
    }
    expect(currentCursor([])).toBeNull();
  });

  it("walks forward and back", () => {
    const page2 = pushCursor([], "c1");
    const page3 = pushCursor(page2.cursors, "c2");
    expect(readCursorStack(page3)).toEqual(["c1", "c2"]);
    expect(currentCursor(page3.cursors)).toBe("c2");
    expect(popCursor(page3.cursors)).toEqual({ cursors: ["c1"] });
    expect(popCursor([])).toEqual({ cursors: [] });
  });
});
