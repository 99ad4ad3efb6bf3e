import { z } from "zod";
import { projectDetailSchema, type ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { ApiRequestError } from "../../../lib/api-client.js";

export interface VersionConflict {
  current: ProjectDetail;
  changedFields: string[];
}

/** The current project and the fields changed by others when a save was refused as stale, else null. */
export function readVersionConflict(error: unknown): VersionConflict | null {
  if (!(error instanceof ApiRequestError) || error.body?.code !== "version_conflict") return null;
  const current = projectDetailSchema.safeParse(error.extra.current);
  if (!current.success) return null;
  const changed = z.array(z.string()).safeParse(error.extra.changedFields ?? []);
  return { current: current.data, changedFields: changed.success ? changed.data : [] };
}
