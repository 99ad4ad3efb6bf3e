import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  problemDetailSchema,
  type ProblemDetail,
  type ProblemInput,
} from "../../../../../src/domain/contracts/problems.js";
import { postJson } from "../../../lib/api-client.js";
import { PROBLEMS_QUERY_KEY } from "./use-problems.js";

export interface RaiseRequest {
  projectId: number;
  input: ProblemInput;
}

/** Raises a problem on a project. */
export function useRaiseProblem() {
  const client = useQueryClient();
  return useMutation<ProblemDetail, Error, RaiseRequest>({
    mutationFn: ({ projectId, input }) =>
      postJson(`/api/v1/projects/${projectId}/problems`, input, problemDetailSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: PROBLEMS_QUERY_KEY }),
  });
}
