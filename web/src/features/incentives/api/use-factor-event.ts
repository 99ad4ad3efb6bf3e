import { useMutation, useQueryClient } from "@tanstack/react-query";
import { factorRequestSchema, type FactorRequest } from "../../../../../src/domain/contracts/incentives.js";
import type { FactorStatus } from "../../../../../src/domain/incentives/factor-rules.js";
import { postJson } from "../../../lib/api-client.js";
import { FACTORS_KEY } from "./keys.js";

export interface FactorEventBody {
  status?: FactorStatus;
  dueDate?: string;
  comment: string;
}

/** A comment, a status change or a new due date on a factor request. */
export function useFactorEvent() {
  const client = useQueryClient();
  return useMutation<FactorRequest, Error, { id: number; body: FactorEventBody }>({
    mutationFn: ({ id, body }) =>
      postJson(`/api/v1/incentives/factor-requests/${id}/events`, body, factorRequestSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: FACTORS_KEY }),
  });
}
