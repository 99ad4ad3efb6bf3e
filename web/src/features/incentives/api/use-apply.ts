import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  applicationSchema,
  type Application,
  type ApplicationInput,
} from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";
import { INCENTIVES_KEY } from "./keys.js";

/** An owner's application for an award. */
export function useApply() {
  const client = useQueryClient();
  return useMutation<Application, Error, ApplicationInput>({
    mutationFn: (input) => postJson("/api/v1/incentives/applications", input, applicationSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INCENTIVES_KEY }),
  });
}
