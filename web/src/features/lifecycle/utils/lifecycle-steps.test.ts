import { describe, expect, it } from "vitest";
import { availableMoves, lifecycleSteps, moveNeeds } from "./lifecycle-steps.js";

describe("lifecycleSteps", () => {
  it("places a project on the main path", () => {
    expect(lifecycleSteps("reserve", null, null)).toEqual({ current: 1, status: "process", offPath: null });
    expect(lifecycleSteps("completed", null, null)).toEqual({ current: 4, status: "finish", offPath: null });
  });

  it("stops a suspended project at the stage it left, and a cancelled one where it was cancelled", () => {
    expect(lifecycleSteps("suspended", "new_start", null)).toEqual({
      current: 2,
      status: "error",
      offPath: "suspended",
    });
    expect(lifecycleSteps("cancelled", null, "reserve").current).toBe(1);
    expect(lifecycleSteps("cancelled", null, null).current).toBe(0);
  });
});

describe("availableMoves", () => {
  it("offers the lifecycle's moves with their kinds", () => {
    expect(availableMoves("planning", null)).toEqual([
      { to: "reserve", kind: "forward" },
      { to: "cancelled", kind: "cancel" },
    ]);
    expect(availableMoves("reserve", null).map((m) => m.kind)).toEqual([
      "back",
      "forward",
      "suspend",
      "cancel",
    ]);
  });

  it("lets a suspended project resume only to the stage it left", () => {
    expect(availableMoves("suspended", "under_construction")).toEqual([
      { to: "under_construction", kind: "resume" },
      { to: "cancelled", kind: "cancel" },
    ]);
  });

  it("has nothing after completion", () => {
    expect(availableMoves("completed", null)).toEqual([]);
  });
});

describe("moveNeeds", () => {
  it("asks for the actual dates and final investment where the move needs them", () => {
    expect(moveNeeds("under_construction")).toEqual({
      actualStart: true,
      actualEnd: false,
      finalInvestment: false,
    });
    expect(moveNeeds("completed")).toEqual({ actualStart: false, actualEnd: true, finalInvestment: true });
    expect(moveNeeds("reserve")).toEqual({ actualStart: false, actualEnd: false, finalInvestment: false });
  });
});
