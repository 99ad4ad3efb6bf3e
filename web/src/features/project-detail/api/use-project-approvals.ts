import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  approvalSchema,
  type Approval,
  type ApprovalInput,
  type ApprovalUpdate,
} from "../../../../../src/domain/contracts/approvals.js";
import { fetchJson, patchJson, postJson } from "../../../lib/api-client.js";

const listSchema = z.object({ items: z.array(approvalSchema) });

/** Shared with the approvals board's cache keys, so a change here refreshes the board too. */
const APPROVALS = "approvals";
const approvalsKey = (projectId: number) => [APPROVALS, "project", projectId] as const;

/** The approvals and filings of one project, earliest submission first. */
export function useProjectApprovals(projectId: number) {
  return useQuery<Approval[]>({
    queryKey: approvalsKey(projectId),
    queryFn: async ({ signal }) =>
      (await fetchJson(`/api/v1/projects/${projectId}/approvals`, listSchema, signal)).items,
  });
}

/** Records an approval or filing on this project. */
export function useRecordApproval(projectId: number) {
  const client = useQueryClient();
  return useMutation<Approval, Error, ApprovalInput>({
    mutationFn: (input) => postJson(`/api/v1/projects/${projectId}/approvals`, input, approvalSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: [APPROVALS] }),
  });
}

/** Completes or corrects an item, naming the version on screen (a stale one is refused with 409). */
export function useUpdateApproval() {
  const client = useQueryClient();
  return useMutation<Approval, Error, { id: number; update: ApprovalUpdate }>({
    mutationFn: ({ id, update }) => patchJson(`/api/v1/approvals/${id}`, update, approvalSchema),
    onSettled: () => client.invalidateQueries({ queryKey: [APPROVALS] }),
  });
}
