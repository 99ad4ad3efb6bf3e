import { STAGE_LABELS, STAGES, type Stage } from "../../../src/domain/lifecycle.js";
import { LEVEL_LABELS, PROJECT_LEVELS, type ProjectLevel } from "../../../src/domain/plan.js";

type Bilingual = { zh: string; en: string };

function isStage(code: string): code is Stage {
  return (STAGES as readonly string[]).includes(code);
}

function isLevel(code: string): code is ProjectLevel {
  return (PROJECT_LEVELS as readonly string[]).includes(code);
}

/** The bilingual label of a lifecycle stage code; an unknown code labels itself. */
export function stageLabel(code: string): Bilingual {
  return isStage(code) ? STAGE_LABELS[code] : { zh: code, en: code };
}

/** The bilingual label of a project level code; an unknown code labels itself. */
export function levelLabel(code: string): Bilingual {
  return isLevel(code) ? LEVEL_LABELS[code] : { zh: code, en: code };
}

const STAGE_COLORS: Record<Stage, string> = {
  planning: "default",
  reserve: "purple",
  new_start: "cyan",
  under_construction: "blue",
  completed: "green",
  suspended: "orange",
  cancelled: "red",
};

/** The Ant Design tag colour of a stage, so every page colours stages alike. */
export function stageColor(code: string): string {
  return isStage(code) ? STAGE_COLORS[code] : "default";
}
