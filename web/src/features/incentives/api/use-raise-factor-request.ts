import { useMutation, useQueryClient } from "@tanstack/react-query";
import { factorRequestSchema, type FactorRequest } from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";
import { FACTORS_KEY } from "./keys.js";

export interface FactorRequestBody {
  clause: string;
  projectId: number;
  title: string;
  description: string;
}

/** An owner asks for a factor support on its project. */
export function useRaiseFactorRequest() {
  const client = useQueryClient();
  return useMutation<FactorRequest, Error, FactorRequestBody>({
    mutationFn: (body) => postJson("/api/v1/incentives/factor-requests", body, factorRequestSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: FACTORS_KEY }),
  });
}
