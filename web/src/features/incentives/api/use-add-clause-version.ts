import { useMutation, useQueryClient } from "@tanstack/react-query";
import { clauseSchema, type Clause } from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";
import { INCENTIVES_KEY } from "./keys.js";

export interface NewVersion {
  code: string;
  body: { effectiveFrom: string; terms: unknown; note: string };
}

/** Issues a new version of a clause (city DRC only). */
export function useAddClauseVersion() {
  const client = useQueryClient();
  return useMutation<Clause, Error, NewVersion>({
    mutationFn: ({ code, body }) =>
      postJson(`/api/v1/incentives/clauses/${encodeURIComponent(code)}/versions`, body, clauseSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INCENTIVES_KEY }),
  });
}
