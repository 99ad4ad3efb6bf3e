import { useMutation } from "@tanstack/react-query";
import { rolloverProposalSchema } from "../../../../../src/domain/contracts/rolling-plan.js";
import { postJson } from "../../../lib/api-client.js";

export interface ProposalRequest {
  year: number;
  targets: { sectorCode: string; targetFen: string }[];
}

/** Asks which reserve projects should become the year's new starts to meet each sector's target. */
export function useRolloverProposal() {
  return useMutation({
    mutationFn: (body: ProposalRequest) =>
      postJson("/api/v1/rollover/proposals", body, rolloverProposalSchema),
  });
}
