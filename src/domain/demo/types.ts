import type { ApprovalKind } from "../approvals/rules.js";
import type { Fen } from "../money.js";
import type { PlanCategory, Stage } from "../lifecycle.js";
import type { DistrictRef, PlanFile, ProjectLevel } from "../plan.js";

export type OrganisationKind =
  "government_department" | "district_government" | "enterprise" | "institution" | "bank";

export interface DemoInput {
  seed: number;
  plan: PlanFile;
  districts: DistrictRef[];
}

export interface DemoOrganisation {
  /** Stable key within the generated portfolio, referenced by projects. */
  key: string;
  name: string;
  /** Valid GB 32100-2015 code; government bodies have one too (11 + area + body). */
  uscc: string | null;
  kind: OrganisationKind;
  districtCode: string | null;
}

export interface DemoProject {
  key: string;
  /** 24-character 投资项目代码, null for projects still in planning/reserve without one. */
  code: string | null;
  name: string;
  specialCode: string;
  districtCode: string;
  ownerKey: string;
  leadDepartmentKey: string;
  level: ProjectLevel;
  /** The plan's own category when the plan was issued: exactly 152 / 102 / 121 across the portfolio. */
  planCategory: PlanCategory;
  /** Current stage as of the demo date (2022-12-31), consistent with the dates below. */
  stage: Stage;
  suspendedFrom: Stage | null;
  description: string;
  totalInvestmentFen: Fen;
  /** Investment completed before the first monthly report (2020-01), for projects already building. */
  openingCompletedFen: Fen;
  plannedStart: string; // YYYY-MM-DD
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  funding: { source: string; plannedFen: Fen; securedFen: Fen }[];
  annualPlans: { year: number; plannedFen: Fen }[];
}

export interface DemoReport {
  projectKey: string;
  month: string; // YYYY-MM
  investedFen: Fen;
  progressPct: number; // 0..100 integer, cumulative physical progress
  progressText: string;
  problems: string | null;
}

/** An approval or filing of a demo project (see approvals.ts for how they are dated). */
export interface DemoApproval {
  projectKey: string;
  kind: ApprovalKind;
  approvingBody: string;
  statutoryDays: number;
  targetDays: number;
  submittedOn: string; // YYYY-MM-DD
  completedOn: string | null;
  commitment: boolean;
  note: string;
}

export interface DemoPortfolio {
  organisations: DemoOrganisation[];
  /** Which department leads each special (every one of the plan's specials appears once). */
  specialLeads: { specialCode: string; departmentKey: string }[];
  projects: DemoProject[];
  reports: DemoReport[];
  approvals: DemoApproval[];
}

/** Reports cover 2020-01 … 2022-12; stages are as of this date. */
export const DEMO_AS_OF = "2022-12-31";
