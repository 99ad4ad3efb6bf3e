import { PLAN_CATEGORIES, STAGE_LABELS, STAGES, type PlanCategory, type Stage } from "../lifecycle.js";
import { LEVEL_LABELS, PROJECT_LEVELS, type ProjectLevel } from "../plan.js";
import { compactCode } from "./normalise.js";

/** The plan's three categories, labelled as the plan labels them. */
export const PLAN_CATEGORY_LABELS: Record<PlanCategory, { zh: string; en: string }> = {
  under_construction: { zh: "在建", en: "Under construction" },
  new_start: { zh: "新开工", en: "New start" },
  reserve: { zh: "储备", en: "Reserve" },
};

/** Other words officials use for a stage, beyond its label and code. */
const STAGE_ALIASES: Record<string, Stage> = {
  策划: "planning",
  储备: "reserve",
  竣工: "completed",
  已竣工: "completed",
  投用: "completed",
  停工: "suspended",
  终止: "cancelled",
};

const LEVEL_ALIASES: Record<string, ProjectLevel> = {
  国家: "national",
  市: "municipal",
  区县: "district",
  区级: "district",
  县级: "district",
};

function indexOf<T extends string>(
  values: readonly T[],
  labels: Record<T, { zh: string; en: string }>,
  aliases: Record<string, T>,
): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) {
    index.set(compactCode(value), value);
    index.set(compactCode(labels[value].zh), value);
    index.set(compactCode(labels[value].en), value);
  }
  for (const [alias, value] of Object.entries(aliases)) index.set(compactCode(alias), value);
  return index;
}

const LEVELS = indexOf(PROJECT_LEVELS, LEVEL_LABELS, LEVEL_ALIASES);
const STAGE_INDEX = indexOf(STAGES, STAGE_LABELS, STAGE_ALIASES);
const CATEGORIES = indexOf(PLAN_CATEGORIES, PLAN_CATEGORY_LABELS, {});

/** A level from its Chinese label (国家级), English code (national) or label (National); null when unknown. */
export function levelOf(text: string): ProjectLevel | null {
  return LEVELS.get(compactCode(text)) ?? null;
}

/** A stage from its Chinese label (在建), code (under_construction) or English label; null when unknown. */
export function stageOf(text: string): Stage | null {
  return STAGE_INDEX.get(compactCode(text)) ?? null;
}

/** A plan category from 在建 / 新开工 / 储备 or its code; null when unknown. */
export function planCategoryOf(text: string): PlanCategory | null {
  return CATEGORIES.get(compactCode(text)) ?? null;
}

/** "国家级、市级、区县级" and "国家级 (national), …" for messages listing what a column accepts. */
export function acceptedLabels(kind: "level" | "stage" | "planCategory"): { zh: string; en: string } {
  const entries: [string, { zh: string; en: string }][] =
    kind === "level"
      ? PROJECT_LEVELS.map((l) => [l, LEVEL_LABELS[l]])
      : kind === "stage"
        ? STAGES.map((s) => [s, STAGE_LABELS[s]])
        : PLAN_CATEGORIES.map((c) => [c, PLAN_CATEGORY_LABELS[c]]);
  return {
    zh: entries.map(([, l]) => l.zh).join("、"),
    en: entries.map(([code, l]) => `${l.zh} (${code})`).join(", "),
  };
}
