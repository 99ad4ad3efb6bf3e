import { useQuery } from "@tanstack/react-query";
import {
  quoteSchema,
  type Application,
  type QuoteResult,
} from "../../../../../src/domain/contracts/incentives.js";
import { postJson } from "../../../lib/api-client.js";
import { APPLICATIONS_KEY } from "./keys.js";

/** What the application could be approved for today: its quote with the applicant's awards deducted. */
export function useApprovalQuote(application: Application | null, enabled: boolean) {
  return useQuery<QuoteResult>({
    queryKey: [...APPLICATIONS_KEY, "quote", application?.id, application?.status],
    enabled: enabled && application !== null,
    queryFn: () =>
      postJson(
        "/api/v1/incentives/quote",
        {
          clause: application!.clause,
          baseFen: application!.baseFen,
          applicantId: application!.applicant.id,
          applicantIsSme: application!.applicantIsSme,
          ...(application!.level ? { level: application!.level } : {}),
        },
        quoteSchema,
      ),
  });
}
