import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fundingSchema, type FundingUpdate } from "../../../../../src/domain/contracts/financing.js";
import { sendJson } from "../../../lib/api-client.js";

/** Sets one source's secured (and planned) amount on the version shown; the project reloads with its new version. */
export function useUpdateFunding(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, body }: { source: string; body: FundingUpdate }) =>
      sendJson(
        "PUT",
        `/api/v1/projects/${projectId}/funding/${encodeURIComponent(source)}`,
        body,
        fundingSchema,
      ),
    onSuccess: (funding) => {
      queryClient.setQueryData(["funding", projectId], funding);
      void queryClient.invalidateQueries({ queryKey: ["project", String(projectId)] });
    },
  });
}
