import { useQuery } from "@tanstack/react-query";
import { ledgerSchema, type Ledger } from "../../../../../src/domain/contracts/incentives.js";
import { buildQuery, fetchJson } from "../../../lib/api-client.js";
import { LEDGER_KEY } from "./keys.js";

/** Awards by applicant, clause and year, and each applicant's total against the cumulative cap. */
export function useLedger(filters: { clause?: string; year?: number }) {
  const query = buildQuery(filters);
  return useQuery<Ledger>({
    queryKey: [...LEDGER_KEY, query],
    queryFn: ({ signal }) => fetchJson(`/api/v1/incentives/ledger${query}`, ledgerSchema, signal),
  });
}
