import { useQuery } from "@tanstack/react-query";
import { problemDetailSchema, type ProblemDetail } from "../../../../../src/domain/contracts/problems.js";
import { fetchJson } from "../../../lib/api-client.js";
import { PROBLEMS_QUERY_KEY } from "./use-problems.js";

/** One problem with its history; null id: nothing open. */
export function useProblem(id: number | null) {
  return useQuery<ProblemDetail>({
    queryKey: [...PROBLEMS_QUERY_KEY, "detail", id],
    queryFn: ({ signal }) => fetchJson(`/api/v1/problems/${id}`, problemDetailSchema, signal),
    enabled: id !== null,
  });
}
