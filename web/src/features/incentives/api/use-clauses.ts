import { useQuery } from "@tanstack/react-query";
import { clauseListSchema, type ClauseList } from "../../../../../src/domain/contracts/incentives.js";
import { fetchJson } from "../../../lib/api-client.js";
import { CLAUSES_KEY } from "./keys.js";

/** The plan's policy clauses with every version and the one in force today. */
export function useClauses() {
  return useQuery<ClauseList>({
    queryKey: CLAUSES_KEY,
    queryFn: ({ signal }) => fetchJson("/api/v1/incentives/clauses", clauseListSchema, signal),
  });
}
