import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  problemDetailSchema,
  problemSchema,
  type Problem,
  type ProblemDetail,
  type ProblemInput,
} from "../../../../../src/domain/contracts/problems.js";
import { fetchJson, postJson } from "../../../lib/api-client.js";

const listSchema = z.object({ items: z.array(problemSchema) });

const problemsKey = (projectId: number) => ["problems", "project", projectId] as const;

/** The coordination problems of one project, earliest due first. */
export function useProjectProblems(projectId: number) {
  return useQuery<Problem[]>({
    queryKey: problemsKey(projectId),
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects/${projectId}/problems`, listSchema, signal)).items,
  });
}

/** Raises a problem on this project. */
export function useRaiseProjectProblem(projectId: number) {
  const client = useQueryClient();
  return useMutation<ProblemDetail, Error, ProblemInput>({
    mutationFn: (input) => postJson(`/api/v1/projects/${projectId}/problems`, input, problemDetailSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: ["problems"] }),
  });
}
