import type { Stage } from "../lifecycle.js";
import type { Oc4idsProjectStatus, Oc4idsProjectType } from "./types.js";

/**
 * Stage → OC4IDS `status` (closed projectStatus codelist):
 *
 * | stage              | status         | why                                                                  |
 * | ------------------ | -------------- | -------------------------------------------------------------------- |
 * | planning 策划包装  | identification | the decision to develop the project is being shaped ("definition")   |
 * | reserve 申报储备   | preparation    | feasibility, impact assessments, approvals, budget authorisation     |
 * | new_start 新开工   | implementation | preparation done; procurement of works has begun (OC4IDS counts it)  |
 * | under_construction | implementation | construction                                                         |
 * | completed 竣工投用 | completion     | handover and close-out with final time and cost; we track no O&M     |
 * | suspended 暂停     | implementation | when it has an actual start (it stopped mid-works), else preparation |
 * | cancelled 取消     | cancelled      | same meaning                                                         |
 */
export function statusOfStage(stage: Stage, actualStart: string | null): Oc4idsProjectStatus {
  switch (stage) {
    case "planning":
      return "identification";
    case "reserve":
      return "preparation";
    case "new_start":
    case "under_construction":
      return "implementation";
    case "completed":
      return "completion";
    case "suspended":
      return actualStart ? "implementation" : "preparation";
    case "cancelled":
      return "cancelled";
  }
}

/**
 * OC4IDS `status` → stage, for packages without our stage classification. Implementation splits on
 * the actual start; the stages after completion have no stage of their own and read as completed.
 */
export function stageOfStatus(status: Oc4idsProjectStatus, actualStart: string | null): Stage {
  switch (status) {
    case "identification":
      return "planning";
    case "preparation":
      return "reserve";
    case "implementation":
      return actualStart ? "under_construction" : "new_start";
    case "completion":
    case "maintenance":
    case "decommissioning":
    case "decommissioned":
      return "completed";
    case "cancelled":
      return "cancelled";
  }
}

/**
 * OC4IDS `type` (closed projectType codelist) by special. 传统基础设施改造 retrofits existing roads,
 * grids, water and municipal assets: rehabilitation. Every other special builds new assets.
 */
const TYPE_BY_SPECIAL: Record<string, Oc4idsProjectType> = { "APP-3": "rehabilitation" };

export function projectTypeOf(specialCode: string): Oc4idsProjectType {
  return TYPE_BY_SPECIAL[specialCode] ?? "construction";
}

/**
 * OC4IDS `sector` (projectSector codelist; only listed codes are written) by special. `communications`
 * covers ICT, IT and telecoms; the codelist files science under `economy`.
 */
export const SECTORS_BY_SPECIAL: Readonly<Record<string, readonly string[]>> = {
  "NET-1": ["communications"],
  "NET-2": ["communications"],
  "NET-3": ["communications"],
  "COMP-1": ["communications"],
  "COMP-2": ["communications"],
  "SEC-1": ["communications"],
  "SEC-2": ["communications"],
  "SEC-3": ["communications"],
  "TRANS-1": ["communications"],
  "TRANS-2": ["communications", "economy"],
  "TRANS-3": ["communications", "economy"],
  "TRANS-4": ["communications", "economy"],
  "APP-1": ["communications", "governance"],
  "APP-2": ["communications", "waterAndWaste"],
  "APP-3": ["communications", "energy", "transport", "waterAndWaste"],
  "APP-4": ["communications", "governance"],
  "APP-5": ["health", "communications"],
  "SCI-1": ["economy"],
  "SCI-2": ["economy", "education"],
  "IND-1": ["economy"],
  "IND-2": ["economy", "communications"],
};

/** For a special missing from the table (a later plan's), the sector's broad code. */
const SECTORS_BY_PLAN_SECTOR: Readonly<Record<string, readonly string[]>> = {
  NET: ["communications"],
  COMP: ["communications"],
  SEC: ["communications"],
  TRANS: ["communications", "economy"],
  APP: ["communications"],
  SCI: ["economy"],
  IND: ["economy"],
};

export function sectorsOf(specialCode: string, sectorCode: string): string[] {
  return [...(SECTORS_BY_SPECIAL[specialCode] ?? SECTORS_BY_PLAN_SECTOR[sectorCode] ?? ["communications"])];
}
