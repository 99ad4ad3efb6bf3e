import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import type { ProjectEdits } from "./project-form-values.js";

/** One field someone else changed: their stored value, and this person's unsaved value if they edited it too. */
export interface ConflictRow {
  field: string;
  theirs: unknown;
  /** Undefined when this person left the field alone. */
  yours: unknown;
  /** Both changed it: re-applying would overwrite their change. */
  clash: boolean;
}

/** The stored value of a field as the audit trail names it (ownerId → the owner's name, and so on). */
export function storedValue(field: string, project: ProjectDetail): unknown {
  switch (field) {
    case "ownerId":
      return project.owner.name;
    case "leadDepartmentId":
      return project.leadDepartment?.name ?? null;
    default:
      return (project as Record<string, unknown>)[field];
  }
}

/** The rows of the conflict dialog, in the order the server listed the changed fields. */
export function conflictRows(
  changedFields: readonly string[],
  current: ProjectDetail,
  mine: ProjectEdits,
): ConflictRow[] {
  const edited = mine as Record<string, unknown>;
  return changedFields.map((field) => {
    const yours = field in edited ? edited[field] : field === "ownerId" ? edited.ownerUscc : undefined;
    return { field, theirs: storedValue(field, current), yours, clash: yours !== undefined };
  });
}
