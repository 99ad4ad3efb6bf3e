import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  indicatorValueSchema,
  type IndicatorValue,
  type IndicatorValueInput,
} from "../../../../../src/domain/contracts/indicators.js";
import { postJson } from "../../../lib/api-client.js";
import { INDICATORS_QUERY_KEY } from "./use-indicators.js";

export interface IndicatorValueEntry {
  code: string;
  input: IndicatorValueInput;
}

/** Records a value for a period (a correction when the period already has one). */
export function useRecordIndicatorValue() {
  const client = useQueryClient();
  return useMutation<IndicatorValue, Error, IndicatorValueEntry>({
    mutationFn: ({ code, input }) =>
      postJson(`/api/v1/indicators/${encodeURIComponent(code)}/values`, input, indicatorValueSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INDICATORS_QUERY_KEY }),
  });
}
