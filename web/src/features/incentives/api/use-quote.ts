import { useMutation } from "@tanstack/react-query";
import {
  quoteSchema,
  type QuoteInput,
  type QuoteResult,
} from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";

/** Asks the server for the most a clause would pay, with its reckoning step by step. */
export function useQuote() {
  return useMutation<QuoteResult, Error, QuoteInput>({
    mutationFn: (input) => postJson("/api/v1/incentives/quote", input, quoteSchema),
  });
}
