import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  problemDetailSchema,
  type CommentInput,
  type EscalationInput,
  type ProblemDetail,
  type StatusInput,
} from "../../../../../src/domain/contracts/problems.js";
import { postJson } from "../../../lib/api-client.js";
import { PROBLEMS_QUERY_KEY } from "./use-problems.js";

/** A comment, an escalation or a status change of one problem. */
export type ProblemAction =
  | { kind: "comments"; body: CommentInput }
  | { kind: "escalations"; body: EscalationInput }
  | { kind: "status"; body: StatusInput };

/** Sends an action on a problem (escalations and status changes carry the version on screen). */
export function useProblemAction(id: number) {
  const client = useQueryClient();
  return useMutation<ProblemDetail, Error, ProblemAction>({
    mutationFn: ({ kind, body }) => postJson(`/api/v1/problems/${id}/${kind}`, body, problemDetailSchema),
    onSuccess: (saved) => {
      client.setQueryData([...PROBLEMS_QUERY_KEY, "detail", id], saved);
      return client.invalidateQueries({ queryKey: PROBLEMS_QUERY_KEY });
    },
  });
}
