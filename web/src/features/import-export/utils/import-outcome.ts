import { z } from "zod";
import type { apiErrorSchema } from "../../../../../src/domain/contracts/common.js";
import { ApiRequestError } from "../../../lib/api-client.js";

export const importOutcomeSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  notes: z.array(z.string()),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export type ImportProblem = NonNullable<z.infer<typeof apiErrorSchema>["problems"]>[number];

export interface ImportRejection {
  problems: ImportProblem[];
  /** Set when the upload was a workbook: a copy with the bad cells marked can be downloaded. */
  reportId: string | null;
}

/** The cell-by-cell problems of a refused import (422 import_failed), or null for any other failure. */
export function readImportRejection(error: unknown): ImportRejection | null {
  if (!(error instanceof ApiRequestError) || error.body?.code !== "import_failed") return null;
  return { problems: error.extra.problems ?? [], reportId: error.extra.reportId ?? null };
}
