import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { transitionSchema } from "../../../../../src/domain/contracts/project.js";
import { fetchJson } from "../../../lib/api-client.js";

const historySchema = z.object({ items: z.array(transitionSchema) });

/** A project's lifecycle history, newest first. */
export function useTransitions(projectId: number) {
  return useQuery({
    queryKey: ["project", String(projectId), "transitions"],
    queryFn: ({ signal }) => fetchJson(`/api/v1/projects/${projectId}/transitions`, historySchema, signal),
  });
}
