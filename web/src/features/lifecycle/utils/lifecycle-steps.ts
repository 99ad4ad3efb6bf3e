import { allowedTransitions, type Stage } from "../../../../../src/domain/lifecycle.js";

/** The way a project normally goes, shown as steps; suspended and cancelled are off this path. */
export const MAIN_PATH = ["planning", "reserve", "new_start", "under_construction", "completed"] as const;

export interface StepsState {
  /** Index in MAIN_PATH of the step the project is at (or stopped at). */
  current: number;
  status: "process" | "finish" | "error";
  /** Set when the project is off the main path. */
  offPath: "suspended" | "cancelled" | null;
}

function indexOnPath(stage: Stage | null | undefined): number {
  const index = MAIN_PATH.indexOf(stage as (typeof MAIN_PATH)[number]);
  return index < 0 ? 0 : index;
}

/**
 * Where the steps view stands: the current stage on the main path, or for a suspended or cancelled
 * project the stage it left (`cancelledFrom` comes from the history, the record does not keep it).
 */
export function lifecycleSteps(
  stage: Stage,
  suspendedFrom: Stage | null,
  cancelledFrom: Stage | null,
): StepsState {
  switch (stage) {
    case "suspended":
      return { current: indexOnPath(suspendedFrom), status: "error", offPath: "suspended" };
    case "cancelled":
      return { current: indexOnPath(cancelledFrom), status: "error", offPath: "cancelled" };
    case "completed":
      return { current: indexOnPath(stage), status: "finish", offPath: null };
    case "planning":
    case "reserve":
    case "new_start":
    case "under_construction":
      return { current: indexOnPath(stage), status: "process", offPath: null };
  }
}

/** How a move is offered: forward, a step back, resuming, or leaving the path (suspend, cancel). */
export type MoveKind = "forward" | "back" | "resume" | "suspend" | "cancel";

export interface Move {
  to: Stage;
  kind: MoveKind;
}

/** The moves open from a stage, each with its kind, in the order the lifecycle lists them. */
export function availableMoves(stage: Stage, suspendedFrom: Stage | null): Move[] {
  return allowedTransitions(stage, suspendedFrom).map((to) => {
    if (to === "cancelled") return { to, kind: "cancel" };
    if (to === "suspended") return { to, kind: "suspend" };
    if (stage === "suspended") return { to, kind: "resume" };
    return { to, kind: indexOnPath(to) < indexOnPath(stage) ? "back" : "forward" };
  });
}

/** What the dialog asks for besides the reason: the actual start for 在建, the end and final investment for 竣工投用. */
export function moveNeeds(to: Stage): { actualStart: boolean; actualEnd: boolean; finalInvestment: boolean } {
  return {
    actualStart: to === "under_construction",
    actualEnd: to === "completed",
    finalInvestment: to === "completed",
  };
}
