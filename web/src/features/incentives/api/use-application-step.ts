import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applicationSchema, type Application } from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";
import { INCENTIVES_KEY } from "./keys.js";

/** The steps an application takes after it is submitted, each a POST on the application. */
export type ApplicationStep =
  | { kind: "reviews"; body: { decision: "accepted" | "returned"; reason: string } }
  | { kind: "decision"; body: { decision: "approved" | "rejected"; amountFen?: string; reason: string } }
  | { kind: "withdraw"; body: { reason: string } }
  | { kind: "resubmit"; body: { note: string } };

/** Reviews, decides, withdraws or resubmits an application, then refreshes lists and the ledger. */
export function useApplicationStep() {
  const client = useQueryClient();
  return useMutation<Application, Error, { id: number; step: ApplicationStep }>({
    mutationFn: ({ id, step }) =>
      postJson(`/api/v1/incentives/applications/${id}/${step.kind}`, step.body, applicationSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INCENTIVES_KEY }),
  });
}
