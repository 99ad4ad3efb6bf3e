/**
 * 项目储备制度: planning 策划包装 → reserve 申报储备 → new_start 新开工 → under_construction 在建 →
 * completed 竣工投用, with suspended and cancelled on the side. Suspension remembers the stage it left.
 */
export const STAGES = [
  "planning",
  "reserve",
  "new_start",
  "under_construction",
  "completed",
  "suspended",
  "cancelled",
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, { zh: string; en: string }> = {
  planning: { zh: "策划包装", en: "Planning" },
  reserve: { zh: "申报储备", en: "Reserve" },
  new_start: { zh: "新开工", en: "New start" },
  under_construction: { zh: "在建", en: "Under construction" },
  completed: { zh: "竣工投用", en: "Completed" },
  suspended: { zh: "暂停", en: "Suspended" },
  cancelled: { zh: "取消", en: "Cancelled" },
};

/** The plan's own three-way classification of its list (在建 / 新开工 / 储备), fixed when the plan was issued. */
export const PLAN_CATEGORIES = ["under_construction", "new_start", "reserve"] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

const FORWARD: Record<Stage, readonly Stage[]> = {
  planning: ["reserve", "cancelled"],
  reserve: ["planning", "new_start", "suspended", "cancelled"],
  new_start: ["under_construction", "suspended", "cancelled"],
  under_construction: ["completed", "suspended", "cancelled"],
  completed: [],
  suspended: ["cancelled"],
  cancelled: [],
};

/** Stages reachable from `from`; a suspended project may also resume to the stage it was suspended in. */
export function allowedTransitions(from: Stage, suspendedFrom?: Stage | null): Stage[] {
  const next = [...FORWARD[from]];
  if (from === "suspended" && suspendedFrom) next.unshift(suspendedFrom);
  return next;
}

export function canTransition(from: Stage, to: Stage, suspendedFrom?: Stage | null): boolean {
  return allowedTransitions(from, suspendedFrom).includes(to);
}

/** Stages in which a project counts as started (开工) for start-rate figures. */
export function isStarted(stage: Stage): boolean {
  return stage === "under_construction" || stage === "completed";
}
