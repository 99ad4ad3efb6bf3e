import { describe, expect, it } from "vitest";
import { allowedTransitions, canTransition, isStarted, STAGES } from "./lifecycle.js";

describe("project lifecycle", () => {
  it("moves forward one stage at a time", () => {
    expect(canTransition("planning", "reserve")).toBe(true);
    expect(canTransition("reserve", "new_start")).toBe(true);
    expect(canTransition("new_start", "under_construction")).toBe(true);
    expect(canTransition("under_construction", "completed")).toBe(true);
    expect(canTransition("planning", "under_construction")).toBe(false);
    expect(canTransition("reserve", "completed")).toBe(false);
  });

  it("ends at completed and cancelled", () => {
    expect(allowedTransitions("completed")).toEqual([]);
    expect(allowedTransitions("cancelled")).toEqual([]);
  });

  it("resumes a suspended project only to the stage it left", () => {
    expect(canTransition("suspended", "under_construction", "under_construction")).toBe(true);
    expect(canTransition("suspended", "new_start", "under_construction")).toBe(false);
    expect(canTransition("suspended", "under_construction", null)).toBe(false);
    expect(canTransition("suspended", "cancelled", "reserve")).toBe(true);
  });

  it("lets any stage but the end states be cancelled", () => {
    for (const stage of STAGES) {
      expect(canTransition(stage, "cancelled")).toBe(stage !== "completed" && stage !== "cancelled");
    }
  });

  it("counts a project as started once building", () => {
    expect(STAGES.filter(isStarted)).toEqual(["under_construction", "completed"]);
  });
});
