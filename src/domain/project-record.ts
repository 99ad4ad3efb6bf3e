import type { PlanCategory, Stage } from "./lifecycle.js";
import type { Fen } from "./money.js";
import type { ProjectLevel } from "./plan.js";

/**
 * A project as it travels in and out of the library (register workbooks, CSV, OC4IDS): every field a
 * person edits, with organisations by name and USCC rather than internal ids.
 */
export interface ProjectRecord {
  /** Internal id: present on export, optional on import (an update when it matches). */
  id: number | null;
  /** 投资项目代码; null until issued. Imports match existing projects by code, else by id. */
  code: string | null;
  name: string;
  specialCode: string;
  districtCode: string;
  ownerName: string;
  ownerUscc: string | null;
  leadDepartmentName: string | null;
  level: ProjectLevel;
  planCategory: PlanCategory | null;
  stage: Stage;
  description: string;
  totalInvestmentFen: Fen;
  /** Derived (opening balance + accepted monthly reports): exported for reading, ignored on import. */
  completedInvestmentFen: Fen;
  plannedStart: string | null; // YYYY-MM-DD, Asia/Shanghai
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  funding: { source: string; plannedFen: Fen; securedFen: Fen }[];
  annualPlans: { year: number; plannedFen: Fen }[];
}

/** One problem with one cell (or field) of an import, in both languages. */
export interface ImportProblem {
  /** 1-based row of the sheet (or index in the package), and the sheet or section it is in. */
  sheet: string;
  row: number;
  column: string;
  value: string;
  reason: string;
  reasonEn: string;
}
