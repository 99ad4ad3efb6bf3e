import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { auditVerifySchema } from "../../../../../src/domain/contracts/audit.js";
import { fetchJson } from "../../../lib/api-client.js";

export type ChainStatus = z.infer<typeof auditVerifySchema>;

/** Re-computes the whole hash chain on the server, on request (it reads every entry). */
export function useVerifyChain() {
  return useMutation<ChainStatus, Error, void>({
    mutationFn: () => fetchJson("/api/v1/audit/verify", auditVerifySchema),
  });
}
